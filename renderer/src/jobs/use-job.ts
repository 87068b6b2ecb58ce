/** A component's running job: its progress for the indicator, and Cancel. */
import { useCallback, useRef, useState } from 'react';
import type { JobKind, JobResults } from '../../../shared/model/jobs';
import { api } from '../bridge';
import { runJob } from './run-job';

export interface RunningJob {
  jobId: string | null;
  done: number;
  total: number;
}

export function useJob() {
  const [running, setRunning] = useState<RunningJob | null>(null);
  const jobId = useRef<string | null>(null);
  // The latest run: an older run that ends after a newer one started leaves the newer one's state alone.
  const latest = useRef(0);

  const run = useCallback(
    async <K extends JobKind>(
      kind: K,
      start: () => Promise<{ jobId: string | null }>,
    ): Promise<JobResults[K] | null> => {
      const run = ++latest.current;
      const mine = () => run === latest.current;
      jobId.current = null;
      setRunning({ jobId: null, done: 0, total: 0 });
      try {
        return await runJob(kind, start, {
          onStarted: (id) => {
            if (!mine()) return;
            jobId.current = id;
            setRunning({ jobId: id, done: 0, total: 0 });
          },
          onProgress: ({ jobId: id, done, total }) => mine() && setRunning({ jobId: id, done, total }),
        });
      } finally {
        if (mine()) {
          jobId.current = null;
          setRunning(null);
        }
      }
    },
    [],
  );

  const cancel = useCallback(() => {
    if (jobId.current) void api().cancelJob({ jobId: jobId.current });
  }, []);

  return { running, run, cancel };
}
