/**
 * The engine in a thread of its own, as the app runs it, for commands that run one of its jobs: the
 * job reports its progress, and Ctrl-C cancels it at its next batch (a re-classification never
 * yields, so in the command's own thread it could not hear Ctrl-C until it was over).
 */
import { UserFacingError } from '../engine/errors';
import type { JobArgs, JobEnd, JobKind, JobProgressOf, JobResult } from '../engine/jobs/job-types';
import type { RemoteEngine } from '../engine/worker/engine-client';

export interface JobOptions<K extends JobKind> {
  /** Aborted: the job is cancelled (it changes what a cancel of that job leaves changed). */
  signal: AbortSignal;
  onProgress?(progress: JobProgressOf<K>): void;
}

export interface EngineThread {
  engine: RemoteEngine;
  /** Runs the job to its end: its result, or a CANCELLED or other error. */
  run<K extends JobKind>(kind: K, args: JobArgs<K>, options: JobOptions<K>): Promise<JobResult<K>>;
  close(): Promise<void>;
}

interface Watch {
  progress(progress: unknown): void;
  end(end: JobEnd): void;
}

export async function startEngineThread(dataDir: string): Promise<EngineThread> {
  const { startEngine } = await import('../engine/worker/engine-client');
  const watching = new Map<string, Watch>();
  const client = startEngine({
    dataDir,
    jobs: {
      progress: (jobId, _kind, progress) => watching.get(jobId)?.progress(progress),
      end: (jobId, _kind, end) => watching.get(jobId)?.end(end),
    },
  });
  const run = <K extends JobKind>(kind: K, args: JobArgs<K>, { signal, onProgress }: JobOptions<K>) =>
    new Promise<JobResult<K>>((resolve, reject) => {
      if (signal.aborted) return reject(new UserFacingError('CANCELLED', 'cancelled: nothing was changed'));
      const jobId = client.startJob(kind, args);
      const onAbort = () => client.cancelJob(jobId);
      signal.addEventListener('abort', onAbort, { once: true });
      watching.set(jobId, {
        progress: (p) => onProgress?.(p as JobProgressOf<K>),
        end: (end) => {
          watching.delete(jobId);
          signal.removeEventListener('abort', onAbort);
          if (end.outcome === 'done') resolve(end.result as JobResult<K>);
          else if (end.outcome === 'cancelled') reject(new UserFacingError('CANCELLED', 'cancelled'));
          else reject(new UserFacingError('INTERNAL', end.message));
        },
      });
    });
  await client.ready;
  return { engine: client.engine, run, close: () => client.close() };
}
