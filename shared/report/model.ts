/**
 * The personal exposure report as plain data: built once from the engine's answers, then rendered the
 * same way in the app's print preview, the PDF, the CLI's HTML file and the tests. Serialisable (IPC).
 */
import type { RightsLetter } from '../checklist/rights/letter';
import type { Emphasis, StepStatus } from '../checklist/types';
import type { CountKey } from '../model/compare';
import type { Certainty, Channel, Flag, ItemKind, Level, PostType } from '../model/kinds';
import type { MissingData, TimelineBucket } from '../model/overview';
import type { ReportHeldData } from './held-data';

export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export interface ReportOptions {
  /** Leave out the text of every item (only kind, date, flags and level remain). */
  redactText: boolean;
  paper: PaperSize;
}

/** What the app asks for when it builds or saves a report. */
export interface ReportRequest extends ReportOptions {
  archiveId: string;
  /** An older archive of the same account to compare this one with (the report's comparison section). */
  compareWith?: string;
}

export interface ReportCount<K extends string> {
  key: K;
  label: string;
  count: number;
}

export interface ReportChannel {
  channel: Channel;
  label: string;
  /** Items in scope. */
  count: number;
  explanation: string;
  /** The policy facts the channel rests on, each with its numbered sources ("[1, 4]") and certainty. */
  basis: Array<{ claim: string; sources: string; certainty: Certainty }>;
  since: string | null;
}

export interface ReportItem {
  kind: ItemKind;
  postTypes: PostType[];
  createdAt: string | null;
  level: Level;
  flags: Flag[];
  channels: Channel[];
  /** Shortened plain text; null when redacted or not shown (direct messages). Render as text only. */
  text: string | null;
  /** Why `text` is null, shown in its place. */
  textNote: string | null;
}

export interface ReportPolicyEvent {
  number: number;
  date: string;
  end: string | null;
  label: string;
  detail: string;
  /** Numbered sources, "[1, 4]". */
  sources: string;
  strength: string;
  certainty?: Certainty;
}

export interface ReportChecklistStep {
  title: string;
  status: StepStatus;
  statusLabel: string;
  updatedAt: string | null;
  emphasis: Emphasis;
  certainty: Certainty;
  /** The first tailoring line, e.g. "Your archive holds 42 Grok messages." */
  note: string | null;
  /** Numbered sources, "[1, 4]". */
  sources: string;
}

export interface ReportFact {
  claim: string;
  date: string;
  /** Numbered sources, "[1, 4]". */
  sources: string;
  certainty: Certainty;
  strength: string;
}

/** One entry of the report's numbered source list, named as a person would look it up. */
export interface ReportSource {
  number: number;
  publisher: string;
  title: string;
  date: string;
  address: string;
  via: string | null;
  strength: string;
}

/** The report's first page: who, what archive, what is exposed through which door, what was done. */
export interface ReportSummary {
  doors: Array<{ channel: Channel; label: string; count: number; share: string; line: string }>;
  risks: string[];
  checklist: { done: number; total: number; doneSteps: string[]; line: string };
  /** "Facts checked on 6 Dec 2026". */
  factsChecked: string;
}

/** One count key across the two archives: older = removed + kept, newer = added + kept. */
export interface ReportComparisonRow {
  key: CountKey;
  label: string;
  older: number;
  removed: number;
  added: number;
  kept: number;
  newer: number;
}

/** The comparison with an older archive, or why it could not be made. */
export type ReportComparison =
  | {
      status: 'compared';
      olderArchiveId: string;
      olderGeneratedAt: string | null;
      olderImportedAt: string;
      newerGeneratedAt: string | null;
      newerImportedAt: string;
      /** Count keys both archives can be compared on (bookmarks only when both have them). */
      rows: ReportComparisonRow[];
      deletionList: { listed: number; gone: number; stillPresent: number; stillInScope: number };
      warnings: string[];
    }
  | { status: 'failed'; olderArchiveId: string; note: string };

export interface ReportModel {
  options: ReportOptions;
  meta: {
    username: string;
    displayName: string;
    accountId: string;
    archiveGeneratedAt: string | null;
    importedAt: string;
    reportGeneratedAt: string;
    appVersion: string;
    archiveFormat: string;
    /** Some data files could not be read. */
    partial: boolean;
  };
  headline: {
    totalItems: number;
    thirdParty: number;
    grokTraining: number;
    openWeb: number;
    high: number;
    medium: number;
    sentence: string;
  };
  summary: ReportSummary;
  channels: ReportChannel[];
  timeline: {
    buckets: TimelineBucket[];
    events: ReportPolicyEvent[];
    undated: Array<ReportCount<ItemKind>>;
  };
  kinds: Array<ReportCount<ItemKind>>;
  postTypes: Array<ReportCount<string>>;
  flags: Array<ReportCount<Flag>>;
  levels: Array<ReportCount<Level>>;
  visibility: {
    rows: Array<ReportCount<'public' | 'protected' | 'assumedPublic' | 'circle'>>;
    note: string;
    correctedByUser: boolean;
  };
  topItems: ReportItem[];
  missing: MissingData[];
  checklist: {
    steps: ReportChecklistStep[];
    totals: Record<StepStatus, number>;
    contentAsOf: string;
    /** "Facts checked on 6 Dec 2026". */
    checkedOnLine: string;
  };
  cannotUndo: { title: string; points: string[]; sources: string };
  /** The rights step: what the law gives where the person lives, and the drafted letter. */
  rights: { summary: string; noRight: string | null; letter: RightsLetter | null; sources: string };
  method: {
    paragraphs: string[];
    levelRule: string;
    /** Which texts were checked for sensitive words, per language (see exposure/coverage-text). */
    coverage: string[];
    facts: ReportFact[];
    /** Every source cited above, numbered. */
    sources: ReportSource[];
  };
  warnings: string[];
  /** Only when the report was asked to compare with an older archive. */
  comparison?: ReportComparison;
  /** What X holds about the person beyond their posts (values hidden in a redacted report). */
  accountData?: ReportHeldData;
}
