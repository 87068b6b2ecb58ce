/** The real engine worker, with every job's progress and end recorded for the test to await. */
import type { JobEnd, JobKind, Steps } from '../../../electron/engine/jobs/job-types';
import { startEngine, type EngineClient } from '../../../electron/engine/worker/engine-client';

export interface RecordingEngine {
  client: EngineClient;
  /** Progress reports per job id, in order. */
  progress: Map<string, unknown[]>;
  /** Every end, in order (a job must end exactly once). */
  ends: Array<{ jobId: string; kind: JobKind; end: JobEnd }>;
  /** The job's end, once it comes. */
  ended(jobId: string): Promise<JobEnd>;
  /** The job's progress reports so far, as steps. */
  stepsOf(jobId: string): Steps[];
  /** The job's ends so far (exactly one once it is over). */
  endsOf(jobId: string): RecordingEngine['ends'];
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
    stepsOf: (jobId) => (progress.get(jobId) ?? []) as Steps[],
    endsOf: (jobId) => ends.filter((e) => e.jobId === jobId),
  };
}
