/**
 * X's AI-training history as data, for the rules, the timeline chart and the report. Each event rests on
 * facts (./facts): its sources, strength and certainty are those facts', so they are stated once.
 * Dates are UTC; `date` is when the event took effect (or happened), `end` closes a period.
 */
import type { Certainty } from '../model/kinds';
import { FACTS, type FactId, type SourceId, type Strength } from './facts';

interface EventInput {
  id: string;
  /** yyyy-mm-dd (UTC). */
  date: string;
  /** yyyy-mm-dd for events that are a period (the EU Grok window). */
  end?: string;
  label: string;
  detail: string;
  /** The facts this event rests on; the first is the event itself. */
  facts: readonly [FactId, ...FactId[]];
}

export interface PolicyEvent extends EventInput {
  sources: SourceId[];
  strength: Strength;
  certainty: Certainty;
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

const EVENTS: readonly EventInput[] = [
  {
    id: 'ownTraining2023',
    date: '2023-09-29',
    label: 'X may train its own AI on your data',
    detail:
      'X’s privacy policy: X may use the information it collects and publicly available information to train its machine learning or AI models.',
    facts: ['ownTraining2023'],
  },
  {
    id: 'grokEuWindow',
    date: '2024-05-07',
    end: '2024-08-01',
    label: 'Public posts used for Grok (the EU period the Irish regulator examined)',
    detail:
      'X processed EU/EEA users’ public posts for Grok training from 7 May to 1 Aug 2024. This is only the start of the period examined: the press says X trained Grok on public posts “since at least May 2024”, and its policy allowed training from 29 Sep 2023.',
    facts: ['grokEuWindow', 'grokBeforeWindow'],
  },
  {
    id: 'likesPrivate2024',
    date: '2024-06-12',
    label: 'Likes become private',
    detail:
      'Others can no longer see your likes, except the author of the post you liked. Before this date they were public on your profile. The archive gives likes no date.',
    facts: ['likesPrivate2024'],
  },
  {
    id: 'grokOptOut2024',
    date: '2024-07-16',
    label: 'Grok training opt-out, on by default',
    detail:
      'A setting lets you stop X using your public posts and Grok conversations to train Grok. It is on unless you turn it off. X gave this date to the Swiss regulator; the press reported help text about it from May 2024, and users found it on 26 Jul 2024 (web only at first).',
    facts: ['grokOptOutDefaultOn'],
  },
  {
    id: 'dpcSuspension2024',
    date: '2024-09-04',
    label: 'X agrees for good to suspend EU Grok processing',
    detail:
      'X had undertaken to the Irish regulator to suspend its processing of EU/EEA users’ public posts for Grok; the court case ended on X’s agreement to keep to it permanently. The regulator’s text says suspend, not erase.',
    facts: ['dpcSuspension2024', 'noybComplaints2024'],
  },
  {
    id: 'thirdPartyClause2024',
    date: '2024-11-15',
    label: 'Third-party collaborators may train AI on your information',
    detail:
      'X’s privacy policy lets it share “your information” with third parties who may train their AI models unless you opt out. The same day the Terms of Service licence starts to name AI training.',
    facts: ['thirdPartyClause', 'tosLicence2024'],
  },
  {
    id: 'edpbOpinion2024',
    date: '2024-12-17',
    label: 'EU data-protection board: trained models are not automatically anonymous',
    detail:
      'Opinion 28/2024 of the European Data Protection Board: AI models trained on personal data are not automatically anonymous, and unlawful training can taint later use.',
    facts: ['edpbOpinion2024'],
  },
  {
    id: 'opcCanada2025',
    date: '2025-02-27',
    label: 'Canada’s privacy commissioner investigates X’s AI training',
    detail:
      'Opened on 27 Feb 2025 and widened on 15 Jan 2026. Its findings of 11 Jun 2026 on Grok-made deepfakes found no valid consent; no finding on training yet.',
    facts: ['opcCanada2025'],
  },
  {
    id: 'fdpicClosed2025',
    date: '2025-03-20',
    label: 'Swiss regulator closes its inquiry',
    detail: 'The Swiss regulator found the opt-out X has offered since 16 Jul 2024 compliant with Swiss law.',
    facts: ['fdpicClosed2025'],
  },
  {
    id: 'xaiAcquiresX2025',
    date: '2025-03-28',
    label: 'xAI acquires X: Grok training becomes the owner’s own use',
    detail:
      'From then on, sharing with xAI falls under the privacy policy’s section on affiliates, not the third-party collaborators clause.',
    facts: ['xaiAcquiresX2025'],
  },
  {
    id: 'dpcInquiry2025',
    date: '2025-04-11',
    label: 'Irish regulator opens an inquiry into Grok training',
    detail:
      'A statutory inquiry into X’s use of EU/EEA users’ public posts to train Grok. No outcome was found by Aug 2026.',
    facts: ['dpcInquiry2025'],
  },
  {
    id: 'developerBan2025',
    date: '2025-06-04',
    label: 'Developer terms ban training on X content (except Grok)',
    detail:
      'API licensees may not use X content to train foundation or frontier models. The privacy-policy permission for third-party collaborators stays in place.',
    facts: ['developerBan2025'],
  },
  {
    id: 'regulators2026',
    date: '2026-01-12',
    label: 'Regulators act over Grok editing people’s photos',
    detail:
      'Ofcom (12 Jan), the European Commission under the Digital Services Act (26 Jan), the UK ICO (3 Feb) and a second Irish inquiry (17 Feb).',
    facts: ['regulators2026'],
  },
  {
    id: 'grokContent2026',
    date: '2026-01-15',
    label: 'Grok prompts and outputs count as your Content',
    detail:
      'Terms of Service: your Content includes “inputs, prompts, outputs”, so the licence for AI training covers your Grok conversations too.',
    facts: ['tosGrokContent2026'],
  },
  {
    id: 'spacexAcquiresXai2026',
    date: '2026-02-02',
    label: 'SpaceX acquires xAI, and with it X',
    detail: 'X’s owner, and so the owner of Grok training, is now SpaceX.',
    facts: ['spacexAcquiresXai2026'],
  },
  {
    id: 'spacexaiPolicy2026',
    date: '2026-08-24',
    label: 'Unverified: a “SpaceXAI” privacy policy',
    detail:
      'Reported only by a secondary source: its EU addendum would train on “X public posts for over 18 year olds” under legitimate interests.',
    facts: ['spacexaiPolicy2026'],
  },
];

function withEvidence(e: EventInput): PolicyEvent {
  const main = FACTS[e.facts[0]];
  const sources = [...new Set(e.facts.flatMap((id) => FACTS[id].sources))];
  return { ...e, sources, strength: main.strength, certainty: main.certainty };
}

export const POLICY_TIMELINE: readonly PolicyEvent[] = EVENTS.map(withEvidence);
