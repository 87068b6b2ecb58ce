/**
 * The kinds of long job the engine runs: what each takes, reports while it runs and gives back. A new
 * kind is an entry here, a runner in jobs/runners.ts and its events in jobs/job-events.ts.
 */
import type { ImportProgress } from '../../../shared/model/progress';
import type { ArchiveSummary } from '../../../shared/model/summary';

export interface JobKinds {
  import: { args: { path: string }; progress: Omit<ImportProgress, 'jobId'>; result: ArchiveSummary };
}

export type JobKind = keyof JobKinds;
export type JobArgs<K extends JobKind> = JobKinds[K]['args'];
export type JobProgressOf<K extends JobKind> = JobKinds[K]['progress'];
export type JobResult<K extends JobKind> = JobKinds[K]['result'];

/** Exactly one of these ends every job. */
export type JobEnd<K extends JobKind = JobKind> =
  | { outcome: 'done'; result: JobResult<K> }
  | { outcome: 'error'; message: string }
  | { outcome: 'cancelled' };
