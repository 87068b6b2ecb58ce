import { useEffect, useState } from 'react';
import type { ReportModel, ReportRequest } from '../../../../shared/report/model';
import { api, errorMessage } from '../../bridge';

/** Builds the report for the given options; a slower answer for older options is dropped. */
export function useReportModel(request: ReportRequest): {
  model: ReportModel | null;
  error: string | null;
  reload(): void;
} {
  const [model, setModel] = useState<ReportModel | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const { archiveId, redactText, paper, compareWith } = request;

  useEffect(() => {
    let current = true;
    api()
      .buildReport({ archiveId, redactText, paper, ...(compareWith ? { compareWith } : {}) })
      .then(
        (m) => {
          if (!current) return;
          setModel(m);
          setError(null);
        },
        (e: unknown) => current && setError(errorMessage(e)),
      );
    return () => {
      current = false;
    };
  }, [archiveId, redactText, paper, compareWith, attempt]);

  return { model, error, reload: () => setAttempt((n) => n + 1) };
}
