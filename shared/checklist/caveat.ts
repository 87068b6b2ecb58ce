/** "What opting out cannot undo": shown on every checklist view and in every report. */
import type { FactId } from '../exposure/facts';
import { resolveSources } from './steps';
import type { Caveat } from './types';

const FACTS_CITED: FactId[] = [
  'publicCopiesPersist',
  'optOutNormalUse',
  'noybComplaints2024',
  'settingsTakeTime',
  'dpcSuspension2024',
];

export const CANNOT_UNDO: Caveat = {
  title: 'What opting out cannot undo',
  points: [
    "Opting out works forward only. Nothing in X's terms promises to remove your data from AI models " +
      'already trained on it, or to call back data already shared with third parties.',
    'Opting out does not stop models already in use from learning from what you do: X says the opt-out ' +
      '"does not prevent a deployed model from learning as a result of its normal use", for example the ' +
      'models that rank and recommend posts.',
    'Once data has been trained into a model it cannot be taken back out of it; this is the core of the ' +
      'GDPR complaints noyb filed against X in 2024.',
    'X says a change of settings "may take some time" to be reflected throughout its systems.',
    "Public posts can be copied by anyone. Search engines, web archives and companies that licensed X's " +
      'data keep copies X cannot recall: "public content can exist elsewhere even after it is removed from X".',
    "For EU/EEA users, X's 2024 undertaking to the Irish regulator was to suspend processing, not to erase, " +
      'and it covers only public posts processed for Grok from 7 May to 1 August 2024.',
  ],
  facts: FACTS_CITED,
  sources: resolveSources(FACTS_CITED),
};
