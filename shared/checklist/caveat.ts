/** "What opting out cannot undo": shown on every checklist view and in every report. */
import { SOURCES } from './sources';
import type { Caveat } from './types';

export const CANNOT_UNDO: Caveat = {
  title: 'What opting out cannot undo',
  points: [
    "Opting out works forward only. Nothing in X's terms promises to remove your data from AI models " +
      'already trained on it, or to call back data already shared with third parties.',
    'Once data has been trained into a model it cannot be taken back out of it; this is the core of the ' +
      'GDPR complaints noyb filed against X in 2024.',
    'X says a change of settings "may take some time" to be reflected throughout its systems.',
    "Public posts can be copied by anyone. Search engines, web archives and companies that licensed X's " +
      'data keep copies X cannot recall: "public content can exist elsewhere even after it is removed from X".',
    "For EU/EEA users, X's 2024 undertaking to the Irish regulator covers only public posts processed for " +
      'Grok from 7 May to 1 August 2024.',
  ],
  sources: [SOURCES.privacyPolicy2026, SOURCES.noyb2024, SOURCES.dpc2024],
};
