/**
 * Long calls the engine runs as jobs (imports have events of their own, see progress.ts): the call
 * answers with a job id at once, progress follows, then exactly one `job:finished`.
 */
import type { BookmarkImportResult } from './bookmarks';
import type { ArchiveComparison } from './compare';
import type { ArchiveSummary } from './summary';
import type { OwnWordsResult } from './own-words';
import type { ReportModel } from '../report/model';

/** What each kind of job gives back when it is done. */
export interface JobResults {
  /** Every item re-classified under the corrected protected periods. */
  visibility: ArchiveSummary;
  /** Every item of the account's archives re-classified with the person's own sensitive words. */
  ownWords: OwnWordsResult;
  bookmarkImport: BookmarkImportResult;
  compare: ArchiveComparison;
  /** Items written to a CSV file. */
  export: { path: string; rows: number };
  /** The report, ready to preview. */
  report: ReportModel;
  /** The report saved to the file the person chose (HTML, or PDF printed by the app). */
  reportFile: { path: string };
}

export type JobKind = keyof JobResults;

export interface JobStarted {
  jobId: string;
}

export interface JobProgress {
  jobId: string;
  kind: JobKind;
  /** Units done and in all; total 0 when the amount is not known yet. */
  done: number;
  total: number;
}

export type JobFinished =
  | { [K in JobKind]: { jobId: string; kind: K; outcome: 'done'; result: JobResults[K] } }[JobKind]
  | { jobId: string; kind: JobKind; outcome: 'error'; message: string }
  | { jobId: string; kind: JobKind; outcome: 'cancelled' };
