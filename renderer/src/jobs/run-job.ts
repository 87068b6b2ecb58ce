/**
 * Runs one of the engine's long jobs from the window: starts it, follows its progress and resolves with
 * its result (null when nothing was started, e.g. the user closed the save dialog). A cancelled job
 * rejects with JobCancelled; a failed one with its message, written for a person.
 */
import type { JobFinished, JobKind, JobProgress, JobResults } from '../../../shared/model/jobs';
import { api } from '../bridge';

export class JobCancelled extends Error {
  constructor() {
    super('Cancelled. Nothing was changed.');
  }
}

export interface JobWatch {
  /** The job's id, as soon as the engine gave it. */
  onStarted?(jobId: string): void;
  onProgress?(progress: JobProgress): void;
}

export async function runJob<K extends JobKind>(
  kind: K,
  start: () => Promise<{ jobId: string | null }>,
  watch: JobWatch = {},
): Promise<JobResults[K] | null> {
  // Listening before the start: a quick job's events can come before the answer with its id.
  let jobId: string | null = null;
  const early: Array<JobProgress | JobFinished> = [];
  let settle: (event: JobFinished) => void = () => {};
  const finished = new Promise<JobFinished>((resolve) => (settle = resolve));
  const handle = (event: JobProgress | JobFinished) => {
    if (jobId === null) return void early.push(event);
    if (event.jobId !== jobId) return;
    if ('outcome' in event) settle(event);
    else watch.onProgress?.(event);
  };
  const offProgress = api().onJobProgress(handle);
  const offFinished = api().onJobFinished(handle);
  try {
    const started = await start();
    if (started.jobId === null) return null;
    jobId = started.jobId;
    watch.onStarted?.(jobId);
    for (const event of early.splice(0)) handle(event);
    const end = await finished;
    if (end.outcome === 'cancelled') throw new JobCancelled();
    if (end.outcome === 'error') throw new Error(end.message);
    if (end.kind !== kind) throw new Error('The engine answered with another kind of job.');
    return end.result as JobResults[K];
  } finally {
    offProgress();
    offFinished();
  }
}
