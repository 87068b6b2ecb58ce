import { useEffect, useState } from 'react';
import type { ReportModel, ReportRequest } from '../../../../shared/report/model';
import { api, errorMessage } from '../../bridge';
import { JobCancelled } from '../../jobs/run-job';
import { useJob, type RunningJob } from '../../jobs/use-job';

/**
 * Builds the report for the given options as an engine job (with progress and Cancel); new options
 * cancel the build for the old ones, whose answer is dropped.
 */
export function useReportModel(request: ReportRequest): {
  model: ReportModel | null;
  error: string | null;
  reload(): void;
  building: RunningJob | null;
  cancel(): void;
} {
  const [model, setModel] = useState<ReportModel | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { run, running, cancel } = useJob();
  const { archiveId, redactText, paper, compareWith } = request;

  useEffect(() => {
    let current = true;
    run('report', () =>
      api().buildReport({ archiveId, redactText, paper, ...(compareWith ? { compareWith } : {}) }),
    ).then(
      (m) => {
        if (!current || !m) return;
        setModel(m);
        setError(null);
      },
      (e: unknown) => {
        if (!current) return;
        setError(e instanceof JobCancelled ? 'You stopped preparing the report.' : errorMessage(e));
      },
    );
    return () => {
      current = false;
      cancel();
    };
  }, [archiveId, redactText, paper, compareWith, attempt, run, cancel]);

  return { model, error, reload: () => setAttempt((n) => n + 1), building: running, cancel };
}
