/**
 * For each channel: what it means in plain words (a one-line form for the app's cards, a full one for the
 * report) and the facts it rests on. The wording follows the timeline (../exposure/policy-timeline).
 */
import { FACTS, type FactId, type PolicyFact } from '../exposure/facts';
import type { Channel } from '../model/kinds';

export interface ChannelBasis {
  /** One sentence, for the app's channel cards. */
  short: string;
  explanation: string;
  /** Date the channel's main clause took effect; null when it has always applied. */
  since: string | null;
  facts: FactId[];
}

export const CHANNEL_BASIS: Record<Channel, ChannelBasis> = {
  thirdParty: {
    short:
      'X’s privacy policy (since 15 Nov 2024) lets it share “your information” with third-party collaborators, who may train their own AI on it unless you opt out.',
    explanation:
      'X\'s privacy policy lets it share "your information" with third-party collaborators, who may use it to ' +
      'train their own AI models unless you opt out. The clause names no kinds of data, so everything X holds ' +
      'about you is within its reach, and X does not say which setting opts you out. Since June 2025 X’s ' +
      'developer terms forbid companies using its API to train such models on X content, but this permission ' +
      'was not withdrawn. Since xAI bought X in March 2025, Grok training is not a third party’s use: it is the ' +
      'next channel.',
    since: '2024-11-15',
    facts: [
      'thirdPartyClause',
      'whichToggleThirdParty',
      'thirdPartyDirectMessages',
      'thirdPartyProtectedPosts',
      'developerBan2025',
    ],
  },
  grokTraining: {
    short:
      'X’s owner may train Grok and other xAI models on public posts and on your conversations with Grok, unless you turned the setting off.',
    explanation:
      'xAI bought X on 28 March 2025, and SpaceX bought xAI on 2 February 2026: training Grok and other xAI ' +
      'models on X data is now the owner’s own use, under the privacy policy’s section on affiliates. Public ' +
      'posts and your conversations with Grok may be used unless you turned the setting off. Posts count when ' +
      'they were public at some time since 7 May 2024; posts public only before then may have been used too ' +
      '(uncertain). For accounts in the EU/EEA the use of public posts is uncertain, after X’s 2024 undertaking ' +
      'to the Irish regulator and its inquiry opened in 2025. Your likes feed X’s own recommendation models; ' +
      'whether they also train Grok is uncertain, so they are not counted here.',
    since: '2023-09-29',
    facts: [
      'ownTraining2023',
      'xaiAcquiresX2025',
      'spacexAcquiresXai2026',
      'grokPublicData',
      'grokInteractions',
      'grokOptOutDefaultOn',
      'grokBeforeWindow',
      'grokEuUncertain',
      'grokProtectedExcluded',
      'likesRanker',
      'likesGrokUncertain',
    ],
  },
  openWeb: {
    short:
      'Readable by anyone today, including crawlers that collect training data for other AI companies; copies can outlive deletion.',
    explanation:
      'Posts that are still up on a public account can be read by anyone today, including crawlers that ' +
      'gather training data for other AI companies, and copies can outlive your deleting them. Grok ' +
      'conversations you shared by link may have been found by search engines. Your likes are hidden from ' +
      'others except the author of the post you liked.',
    since: null,
    facts: ['publicGeneral', 'publicCopiesPersist', 'grokSharedChats', 'likesPrivate2024'],
  },
};

export const CHANNEL_DESCRIPTIONS: Record<Channel, string> = {
  thirdParty: CHANNEL_BASIS.thirdParty.short,
  grokTraining: CHANNEL_BASIS.grokTraining.short,
  openWeb: CHANNEL_BASIS.openWeb.short,
};

export function basisFacts(channel: Channel): PolicyFact[] {
  return CHANNEL_BASIS[channel].facts.map((id) => FACTS[id]);
}
