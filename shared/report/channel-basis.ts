/** For each channel: what it means in plain words and the policy facts it rests on. */
import { FACTS, type FactId } from '../exposure/facts';
import type { Channel } from '../model/kinds';

export interface ChannelBasis {
  explanation: string;
  /** Date the channel's main clause took effect; null when it has always applied. */
  since: string | null;
  facts: FactId[];
}

export const CHANNEL_BASIS: Record<Channel, ChannelBasis> = {
  thirdParty: {
    explanation:
      'X\'s privacy policy lets it share "your information" with third-party collaborators, who may use it to ' +
      'train their own AI models unless you opt out. The clause names no kinds of data, so everything X holds ' +
      'about you is within its reach.',
    since: '2024-11-15',
    facts: ['thirdPartyClause', 'thirdPartyDirectMessages', 'thirdPartyProtectedPosts', 'developerBan2025'],
  },
  grokTraining: {
    explanation:
      'X and xAI train Grok and other xAI models on public posts and on your conversations with Grok, unless ' +
      'you turned the setting off. Posts count when they were public at some time since 7 May 2024.',
    since: '2024-05-07',
    facts: [
      'ownTraining2023',
      'grokPublicData',
      'grokInteractions',
      'grokOptOutDefaultOn',
      'grokProtectedExcluded',
    ],
  },
  openWeb: {
    explanation:
      'Posts that are still up on a public account can be read by anyone today, including crawlers that ' +
      'gather training data for other AI companies, and copies can outlive your deleting them.',
    since: null,
    facts: ['publicGeneral', 'publicCopiesPersist'],
  },
};

export function basisFacts(channel: Channel) {
  return CHANNEL_BASIS[channel].facts.map((id) => FACTS[id]);
}
