/**
 * Runs jobs inside the engine worker: each gets an AbortSignal and a throttled-by-the-caller progress
 * callback, and ends with exactly one JobEnd. Jobs that run without yielding (a re-classification
 * inside one transaction) cannot see a cancel message until they finish, so the owner also sets a
 * shared cell, which `progress` and `throwIfCancelled` read.
 */
import { cancelledError, describeForUser, UserFacingError } from '../errors';
import type { JobArgs, JobEnd, JobKind, JobProgressOf, JobResult } from './job-types';

export interface JobContext<P> {
  signal: AbortSignal;
  /** Reports progress (never throws; a cancel seen here aborts `signal`). */
  progress(progress: P): void;
  /** Throws the cancellation when the owner cancelled the job: call it between batches. */
  throwIfCancelled(): void;
}

export type JobRunners = {
  [K in JobKind]: (
    args: JobArgs<K>,
    ctx: JobContext<JobProgressOf<K>>,
  ) => Promise<JobResult<K>> | JobResult<K>;
};

/** What a person reads when a job fails for a reason nobody foresaw. */
const UNEXPECTED: Record<JobKind, string> = {
  import: 'The import stopped unexpectedly. Your library was not changed.',
  visibility: 'The correction stopped unexpectedly. Nothing was changed.',
  ownWords:
    'Checking your archives with your own words stopped unexpectedly. An archive not checked with them ' +
    'yet is checked when you open it.',
  bookmarkImport: 'The bookmark import stopped unexpectedly. Nothing was changed.',
  compare: 'The comparison stopped unexpectedly.',
  export: 'The export stopped unexpectedly.',
  report: 'Preparing the report stopped unexpectedly.',
  reportFile: 'Saving the report stopped unexpectedly. Nothing was saved.',
};

interface Running {
  controller: AbortController;
  cell: Int32Array;
}

export class JobRunner {
  private readonly running = new Map<string, Running>();

  constructor(
    private readonly runners: JobRunners,
    private readonly onProgress: (jobId: string, progress: JobProgressOf<JobKind>) => void,
    private readonly onEnd: (jobId: string, end: JobEnd) => void,
  ) {}

  start<K extends JobKind>(jobId: string, kind: K, args: JobArgs<K>, cancelCell: SharedArrayBuffer): void {
    const controller = new AbortController();
    const cell = new Int32Array(cancelCell);
    this.running.set(jobId, { controller, cell });
    const seeCancel = () => {
      if (!controller.signal.aborted && Atomics.load(cell, 0) === 1) controller.abort();
    };
    const throwIfCancelled = () => {
      seeCancel();
      if (controller.signal.aborted) throw cancelledError();
    };
    const ctx: JobContext<JobProgressOf<K>> = {
      signal: controller.signal,
      progress: (progress) => {
        seeCancel();
        if (!controller.signal.aborted) this.onProgress(jobId, progress);
      },
      throwIfCancelled,
    };
    // Started on the next turn, so the owner has the job id before any event.
    void Promise.resolve()
      .then(() => {
        throwIfCancelled();
        return this.runners[kind](args, ctx);
      })
      .then(
        (result) => this.end(jobId, { outcome: 'done', result }),
        (error: unknown) => {
          if (controller.signal.aborted || Atomics.load(cell, 0) === 1)
            this.end(jobId, { outcome: 'cancelled' });
          else if (error instanceof UserFacingError)
            this.end(jobId, {
              outcome: 'error',
              message: describeForUser(error),
              ...(error.code === 'WORSE_COPY' ? { canReplace: true as const } : {}),
            });
          else this.end(jobId, { outcome: 'error', message: UNEXPECTED[kind] });
        },
      );
  }

  cancel(jobId: string): void {
    this.running.get(jobId)?.controller.abort();
  }

  cancelAll(): void {
    for (const job of this.running.values()) job.controller.abort();
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves when no job is running. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  private end(jobId: string, end: JobEnd): void {
    if (!this.running.delete(jobId)) return;
    this.onEnd(jobId, end);
  }
}
