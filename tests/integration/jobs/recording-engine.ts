/** The real engine worker, with every job's progress and end recorded for the test to await. */
import type { JobEnd, JobKind } from '../../../electron/engine/jobs/job-types';
import { startEngine, type EngineClient } from '../../../electron/engine/worker/engine-client';

export interface RecordingEngine {
  client: EngineClient;
  /** Progress reports per job id, in order. */
  progress: Map<string, unknown[]>;
  /** Every end, in order (a job must end exactly once). */
  ends: Array<{ jobId: string; kind: JobKind; end: JobEnd }>;
  /** The job's end, once it comes. */
  ended(jobId: string): Promise<JobEnd>;
}

export function startRecordingEngine(dataDir: string): RecordingEngine {
  const progress = new Map<string, unknown[]>();
  const ends: RecordingEngine['ends'] = [];
  const waiting = new Map<string, (end: JobEnd) => void>();
  const client = startEngine({
    dataDir,
    jobs: {
      progress(jobId, _kind, p) {
        progress.set(jobId, [...(progress.get(jobId) ?? []), p]);
      },
      end(jobId, kind, end) {
        ends.push({ jobId, kind, end });
        waiting.get(jobId)?.(end);
      },
    },
  });
  return {
    client,
    progress,
    ends,
    ended(jobId) {
      const done = ends.find((e) => e.jobId === jobId);
      if (done) return Promise.resolve(done.end);
      return new Promise((resolve) => waiting.set(jobId, resolve));
    },
  };
}
