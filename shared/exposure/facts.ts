/**
 * The policy facts the exposure rules rest on, from docs/x-policy-and-optout.md. Every Reason in a
 * Classification names one of these ids. A fact the research marks UNCERTAIN keeps `certainty: 'uncertain'`
 * and is worded as such: the app never states it as fact.
 */
import type { Certainty } from '../model/kinds';

/** How strong the evidence is: X's own text or a regulator (primary), reputable press, secondary, or unconfirmed. */
export type Strength = 'primary' | 'press' | 'secondary' | 'uncertain';

export interface PolicyFact {
  id: FactId;
  statement: string;
  /** Source tags as in the research notes (§8), e.g. "OTA-PP 969b4a44". */
  source: string;
  strength: Strength;
  certainty: Certainty;
}

export const FACT_IDS = [
  'ownTraining2023',
  'thirdPartyClause',
  'thirdPartyDirectMessages',
  'thirdPartyDeletedPosts',
  'thirdPartyProtectedPosts',
  'tosLicence2024',
  'grokPublicData',
  'grokEuWindow',
  'grokOptOutDefaultOn',
  'grokProtectedExcluded',
  'grokInteractions',
  'grokDeletedBeforeDeletion',
  'communityVisibility',
  'privateByNature',
  'tosGrokContent2026',
  'developerBan2025',
  'likesPrivate2024',
  'likesUndated',
  'bookmarksPrivate',
  'directMessagesNotGrok',
  'publicGeneral',
  'protectRetroactive',
  'protectedHistoryWindow',
  'publicCopiesPersist',
] as const;
export type FactId = (typeof FACT_IDS)[number];

const certain = (strength: Exclude<Strength, 'uncertain'>) => ({ strength, certainty: 'certain' as const });
const unsure = (strength: Strength = 'uncertain') => ({ strength, certainty: 'uncertain' as const });

export const FACTS: Readonly<Record<FactId, PolicyFact>> = {
  ownTraining2023: {
    id: 'ownTraining2023',
    statement:
      'Since 29 Sep 2023 X\'s privacy policy says: "We may use the information we collect and publicly available information to help train our machine learning or artificial intelligence models."',
    source: 'OTA-PP 91665550 / afb18952 (privacy policy §2.1, effective 2023-09-29)',
    ...certain('primary'),
  },
  thirdPartyClause: {
    id: 'thirdPartyClause',
    statement:
      'Since 15 Nov 2024 X may share "your information" with third-party collaborators who, unless you opt out, may use it "to train their artificial intelligence models". The clause names no data categories, so everything X holds about you is in its reach.',
    source: 'OTA-PP 969b4a44, unchanged through 1524c7ba (privacy policy §3.2 "Third-party collaborators")',
    ...certain('primary'),
  },
  thirdPartyDirectMessages: {
    id: 'thirdPartyDirectMessages',
    statement:
      'The third-party collaborators clause does not expressly exclude direct messages, and X never said it shares them. Whether DMs are shared is unknown.',
    source: 'OTA-PP (no exclusion in the text); research notes §6.5',
    ...unsure(),
  },
  thirdPartyDeletedPosts: {
    id: 'thirdPartyDeletedPosts',
    statement:
      'Recently deleted posts are still held by X (they are in the archive). Whether they can be shared with collaborators while retained is unknown.',
    source: 'Archive contents (deleted-tweets.js); research notes §5',
    ...unsure(),
  },
  thirdPartyProtectedPosts: {
    id: 'thirdPartyProtectedPosts',
    statement:
      'The clause covers "your information", not only public data. Whether protecting your posts keeps them out of it is unknown.',
    source: 'OTA-PP §3.2; research notes §5',
    ...unsure(),
  },
  tosLicence2024: {
    id: 'tosLicence2024',
    statement:
      'Since 15 Nov 2024 the Terms of Service licence expressly covers "training of our machine learning and artificial intelligence models, whether generative or another type".',
    source: 'OTA-ToS 94c4eab2',
    ...certain('primary'),
  },
  grokPublicData: {
    id: 'grokPublicData',
    statement:
      "X's Grok data-sharing setting covers your public data (posts, replies, reposts) as well as your interactions, inputs and results with Grok, for training and fine-tuning Grok and other xAI models.",
    source: 'X settings text (UI-clone 2026, Research-note); 9to5Mac, MacRumors 2024-07-26',
    ...certain('press'),
  },
  grokEuWindow: {
    id: 'grokEuWindow',
    statement:
      'X processed public posts for Grok training from at least 7 May 2024 (the start of the period the Irish DPC examined, which ran to 1 Aug 2024).',
    source: 'DPC via TheRecord, irishpost; DPC press release 2024-09-04',
    ...certain('press'),
  },
  grokOptOutDefaultOn: {
    id: 'grokOptOutDefaultOn',
    statement:
      'The Grok training opt-out exists since 16 Jul 2024 and is on by default: unless you turned it off, your public posts are used.',
    source: 'FDPIC; 9to5Mac, MacRumors, TrustedReviews 2024-07-26',
    ...certain('press'),
  },
  grokProtectedExcluded: {
    id: 'grokProtectedExcluded',
    statement: "X said protected (private) accounts' posts are not used to train Grok.",
    source: 'Thurrott Jul 2024; productionai summary of X help',
    ...certain('press'),
  },
  grokInteractions: {
    id: 'grokInteractions',
    statement:
      'Your prompts to Grok and its replies are "interactions, inputs, and results with Grok", the core scope of the Grok training setting.',
    source: 'X settings text (9to5Mac/MacRumors Jul 2024; UI-clone 2026)',
    ...certain('press'),
  },
  grokDeletedBeforeDeletion: {
    id: 'grokDeletedBeforeDeletion',
    statement:
      'A deleted post that was public after 7 May 2024 may have been collected for Grok before you deleted it. Whether it was is unknown; deletion stops only future use.',
    source: 'Research notes §5 (inference from DPC dates and the policy retention text)',
    ...unsure(),
  },
  communityVisibility: {
    id: 'communityVisibility',
    statement:
      "Whether a Community post is public (and so used for Grok training or readable by anyone) depends on the Community's visibility; X does not say.",
    source: 'Research notes §5',
    ...unsure(),
  },
  privateByNature: {
    id: 'privateByNature',
    statement: 'Bookmarks, direct messages and Grok conversations are not shown publicly on X.',
    source: 'Research notes §5',
    ...certain('secondary'),
  },
  tosGrokContent2026: {
    id: 'tosGrokContent2026',
    statement:
      'Since 15 Jan 2026 the Terms of Service count "inputs, prompts, outputs" as your Content, which the licence lets X use for AI training.',
    source: 'OTA-ToS 89a35f6f',
    ...certain('primary'),
  },
  developerBan2025: {
    id: 'developerBan2025',
    statement:
      'Since 4 Jun 2025 the Developer Agreement forbids API licensees to use X content to train a foundation or frontier model (later: "with the exception of Grok"). The privacy-policy permission for third-party collaborators was not withdrawn.',
    source: 'OTA-Dev 5453af28, 7dc65462; TechCrunch 2025-06-05',
    ...certain('primary'),
  },
  likesPrivate2024: {
    id: 'likesPrivate2024',
    statement:
      'Since 12 Jun 2024 likes are private: others cannot see them. Before that they were publicly visible on profiles.',
    source: 'TheWrap 2024-06-12; thejournal.ie; Washington Examiner',
    ...certain('press'),
  },
  likesUndated: {
    id: 'likesUndated',
    statement:
      'The archive gives no date for likes, so whether a like was made before 12 Jun 2024 (when likes were public) cannot be told.',
    source: 'Archive format (like.js has no date)',
    ...unsure(),
  },
  bookmarksPrivate: {
    id: 'bookmarksPrivate',
    statement: 'Bookmarks have always been private: they are not public data.',
    source: 'Research notes §5',
    ...certain('secondary'),
  },
  directMessagesNotGrok: {
    id: 'directMessagesNotGrok',
    statement:
      'Direct messages are not public data; the press reported that DMs are off limits for Grok training.',
    source: 'Techlicious 2024',
    ...certain('press'),
  },
  publicGeneral: {
    id: 'publicGeneral',
    statement:
      'Public posts are shared "with the general public" and through X\'s APIs: anyone, including crawlers and other AI companies, can read them while they stay public.',
    source: 'OTA-PP §3.1/§3.2 (public content and API clauses)',
    ...certain('primary'),
  },
  protectRetroactive: {
    id: 'protectRetroactive',
    statement:
      'Protecting your account hides earlier posts too; unprotecting makes them public again. It does not undo past training.',
    source: 'Archived Twitter help "About public and protected Tweets"',
    ...certain('secondary'),
  },
  protectedHistoryWindow: {
    id: 'protectedHistoryWindow',
    statement:
      'The archive keeps only about six months of protect/unprotect history; without any history the account is assumed to have been public. You can correct this in the settings.',
    source: 'Archive README ("used in the last six months")',
    ...unsure(),
  },
  publicCopiesPersist: {
    id: 'publicCopiesPersist',
    statement:
      '"Public content can exist elsewhere even after it is removed from X": search engines and other third parties may keep copies.',
    source: 'OTA-PP §4',
    ...certain('primary'),
  },
};
