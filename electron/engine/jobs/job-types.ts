/**
 * The kinds of long job the engine runs: what each takes, reports while it runs and gives back. A new
 * kind is an entry here (and in shared/model/jobs.ts when the window shows it), a runner in
 * jobs/runners.ts and its wording in jobs/job-runner.ts.
 */
import type { OwnWords } from '../../../shared/exposure/detectors/own-words';
import type { BookmarkMapping } from '../../../shared/model/bookmarks';
import type { ItemQuery } from '../../../shared/model/items';
import type { JobResults } from '../../../shared/model/jobs';
import type { VisibilityChange } from '../../../shared/model/overview';
import type { ImportProgress } from '../../../shared/model/progress';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { ReportRequest } from '../../../shared/report/model';

/** Units done and in all (total 0: not known yet). */
export interface Steps {
  done: number;
  total: number;
}

/** The items of an export: listed, every item a query matches except some ("select all"), or all. */
export type ExportItems =
  { itemIds: number[] } | { matching: ItemQuery; exceptIds: number[] } | { all: true };

export interface JobKinds {
  import: {
    args: { path: string; replace?: boolean };
    progress: Omit<ImportProgress, 'jobId'>;
    result: ArchiveSummary;
  };
  visibility: {
    args: { archiveId: string } & VisibilityChange;
    progress: Steps;
    result: JobResults['visibility'];
  };
  /**
   * With `words`: keep them for the account and check every archive of it again. Without: check this
   * archive again with the account's words, when it waits for it.
   */
  ownWords: {
    args: { archiveId: string; words?: OwnWords };
    progress: Steps;
    result: JobResults['ownWords'];
  };
  bookmarkImport: {
    args: { archiveId: string; path: string; mapping: BookmarkMapping };
    progress: Steps;
    result: JobResults['bookmarkImport'];
  };
  compare: { args: { olderId: string; newerId: string }; progress: Steps; result: JobResults['compare'] };
  /** The report's model for the window's preview, section by section (with a comparison when asked). */
  report: { args: ReportRequest; progress: Steps; result: JobResults['report'] };
  /**
   * The report saved to the file the person chose. HTML is written by the engine. For PDF the engine
   * builds the page and hands it back (`html`): the owner, which has a browser engine, prints and
   * writes it before the job ends (see EngineClient.startJob's `finish`).
   */
  reportFile: {
    args: ReportRequest & { path: string; format: 'html' | 'pdf' };
    progress: Steps;
    result: JobResults['reportFile'] & { html?: string };
  };
  export: {
    /** `deletionList`: also record the items on the account's deletion list (what Compare checks). */
    args: { archiveId: string; items: ExportItems; path: string; deletionList: boolean };
    progress: Steps;
    result: JobResults['export'];
  };
}

export type JobKind = keyof JobKinds;
export type JobArgs<K extends JobKind> = JobKinds[K]['args'];
export type JobProgressOf<K extends JobKind> = JobKinds[K]['progress'];
export type JobResult<K extends JobKind> = JobKinds[K]['result'];

/** Exactly one of these ends every job. */
export type JobEnd<K extends JobKind = JobKind> =
  | { outcome: 'done'; result: JobResult<K> }
  /** `canReplace`: see ImportOutcome (a damaged copy of an archive the library holds complete). */
  | { outcome: 'error'; message: string; canReplace?: true }
  | { outcome: 'cancelled' };
