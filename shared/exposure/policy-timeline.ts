/**
 * X's AI-training policy history as data, for the rules, the timeline chart and the report.
 * Dates are UTC; `date` is when the event took effect (or happened), `end` closes a period.
 */
import type { FactId, Strength } from './facts';

export interface PolicyEvent {
  id: string;
  /** yyyy-mm-dd (UTC). */
  date: string;
  /** yyyy-mm-dd for events that are a period (the EU Grok window). */
  end?: string;
  label: string;
  detail: string;
  /** Source tags as in the research notes (§8). */
  sources: string[];
  strength: Strength;
  /** Facts this event underpins. */
  facts: FactId[];
}

/** The dates the rules use, as UTC ISO instants (start of day). */
export const POLICY_DATES = {
  ownTraining: '2023-09-29T00:00:00.000Z',
  grokWindowStart: '2024-05-07T00:00:00.000Z',
  likesPrivate: '2024-06-12T00:00:00.000Z',
  grokOptOut: '2024-07-16T00:00:00.000Z',
  grokWindowEnd: '2024-08-01T00:00:00.000Z',
  thirdPartyClause: '2024-11-15T00:00:00.000Z',
  developerBan: '2025-06-04T00:00:00.000Z',
  grokContent: '2026-01-15T00:00:00.000Z',
} as const;

export const POLICY_TIMELINE: readonly PolicyEvent[] = [
  {
    id: 'ownTraining2023',
    date: '2023-09-29',
    label: 'X may train its own AI on your data',
    detail:
      'Privacy policy §2.1: X may use the information it collects and publicly available information to train its machine learning or AI models.',
    sources: ['OTA-PP 91665550', 'OTA-PP afb18952'],
    strength: 'primary',
    facts: ['ownTraining2023'],
  },
  {
    id: 'grokEuWindow',
    date: '2024-05-07',
    end: '2024-08-01',
    label: 'Public posts used for Grok (EU window examined by the DPC)',
    detail:
      "X processed EU/EEA users' public posts for Grok training from 7 May to 1 Aug 2024; X later undertook to stop and to erase that EU data. Outside the EU no such undertaking exists.",
    sources: ['DPC 2024-09-04', 'TheRecord', 'irishpost'],
    strength: 'press',
    facts: ['grokEuWindow'],
  },
  {
    id: 'likesPrivate2024',
    date: '2024-06-12',
    label: 'Likes become private',
    detail:
      'Others can no longer see your likes; before this date they were public on your profile. The archive gives likes no date.',
    sources: ['TheWrap 2024-06-12', 'thejournal.ie', 'Washington Examiner'],
    strength: 'press',
    facts: ['likesPrivate2024'],
  },
  {
    id: 'grokOptOut2024',
    date: '2024-07-16',
    label: 'Grok training opt-out introduced, on by default',
    detail:
      'A setting lets you stop your public posts and Grok interactions being used to train Grok. It is on unless you turn it off (found by users on 26 Jul 2024, web only at first).',
    sources: ['FDPIC', '9to5Mac 2024-07-26', 'MacRumors 2024-07-26'],
    strength: 'press',
    facts: ['grokOptOutDefaultOn'],
  },
  {
    id: 'thirdPartyClause2024',
    date: '2024-11-15',
    label: 'Third-party collaborators may train AI on your information',
    detail:
      'Privacy policy §3.2 lets X share "your information" with third parties who may train their AI models unless you opt out. The same day the Terms of Service licence starts to name AI training.',
    sources: ['OTA-PP 969b4a44', 'OTA-ToS 94c4eab2', 'Evening Standard 2024-11-15'],
    strength: 'primary',
    facts: ['thirdPartyClause', 'tosLicence2024'],
  },
  {
    id: 'developerBan2025',
    date: '2025-06-04',
    label: 'Developer agreement bans training on X content (except Grok)',
    detail:
      'API licensees may not use X content to train foundation or frontier models. The privacy-policy permission for third-party collaborators stays in place.',
    sources: ['OTA-Dev 5453af28', 'OTA-Dev 7dc65462', 'TC-2025'],
    strength: 'primary',
    facts: ['developerBan2025'],
  },
  {
    id: 'grokContent2026',
    date: '2026-01-15',
    label: 'Grok prompts and outputs count as your Content',
    detail:
      'Terms of Service: your Content includes "inputs, prompts, outputs", so the licence for AI training covers your Grok conversations too.',
    sources: ['OTA-ToS 89a35f6f', 'privacywire'],
    strength: 'primary',
    facts: ['tosGrokContent2026'],
  },
];
