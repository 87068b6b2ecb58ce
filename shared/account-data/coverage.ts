/**
 * Which channel's "your information" covers each part of what X holds about the person, and the facts
 * that say so. Data, not code: the view, the report and the tests read it from here.
 */
import type { Channel } from '../model/kinds';
import type { HeldSection } from '../model/account-data';
import type { FactId } from '../exposure/facts';

/** `yes`: within the channel's reach; `no`: outside it as X describes the channel; `uncertain`: unknown. */
export type Reach = 'yes' | 'no' | 'uncertain';

export interface ChannelReach {
  channel: Channel;
  reach: Reach;
  /** One plain sentence. */
  text: string;
  /** The facts the sentence rests on. */
  facts: readonly FactId[];
}

const THIRD_PARTY: ChannelReach = {
  channel: 'thirdParty',
  reach: 'yes',
  text: 'X may share “your information” with third-party collaborators who may train AI on it unless you opt out, and X’s privacy policy lists this kind of data among what it collects.',
  facts: ['thirdPartyClause', 'heldDataCategories'],
};

const NOT_GROK: ChannelReach = {
  channel: 'grokTraining',
  reach: 'no',
  text: 'Not public data: Grok training, as X describes it, uses public posts and your conversations with Grok. X’s policy also lets X use what it collects for its own AI models; whether it uses this is not known.',
  facts: ['grokPublicData', 'ownTraining2023'],
};

const NOT_PUBLIC: ChannelReach = {
  channel: 'openWeb',
  reach: 'no',
  text: 'Not shown publicly on X.',
  facts: ['privateByNature'],
};

const PRIVATE_DATA: readonly ChannelReach[] = [THIRD_PARTY, NOT_GROK, NOT_PUBLIC];

export const SECTION_COVERAGE: Readonly<Record<HeldSection, readonly ChannelReach[]>> = {
  age: PRIVATE_DATA,
  logins: PRIVATE_DATA,
  devices: PRIVATE_DATA,
  connectedApps: PRIVATE_DATA,
  contact: PRIVATE_DATA,
  interests: PRIVATE_DATA,
  demographics: PRIVATE_DATA,
  advertising: [
    {
      ...THIRD_PARTY,
      text: `${THIRD_PARTY.text} Since 28 Jul 2025 X keeps ad-interaction data for up to 12 months.`,
      facts: [...THIRD_PARTY.facts, 'partnerRetention2025'],
    },
    NOT_GROK,
    NOT_PUBLIC,
  ],
  savedSearches: PRIVATE_DATA,
  lists: [
    THIRD_PARTY,
    {
      channel: 'grokTraining',
      reach: 'uncertain',
      text: 'A public list is public data, which Grok training uses; a private list is not. The archive does not say which of your lists are public.',
      facts: ['grokPublicData'],
    },
    {
      channel: 'openWeb',
      reach: 'uncertain',
      text: 'Public lists, and who is on them, can be seen by anyone; private lists cannot.',
      facts: ['publicGeneral'],
    },
  ],
};
