import { useEffect, useMemo, useState } from 'react';
import type { PaperSize } from '../../../../shared/report/model';
import type { ArchiveViewProps } from '../../app/routes';
import { api, errorMessage } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { JobProgress } from '../../components/JobProgress';
import { JobCancelled } from '../../jobs/run-job';
import { useJob } from '../../jobs/use-job';
import { formatCount } from '../../../../shared/format/numbers';
import { useLibrary } from '../../stores/library-store';
import { olderArchives } from '../compare/archive-pair';
import { ReportPreview } from './ReportPreview';
import { ReportToolbar } from './ReportToolbar';
import { useReportModel } from './use-report-model';
import './report.css';

type Outcome = { kind: 'saved' | 'stopped' | 'error'; text: string } | null;

/** Print preview of the personal exposure report, with paper size, redaction and saving. */
export function ReportView({ archiveId }: ArchiveViewProps) {
  const [paper, setPaper] = useState<PaperSize>('a4');
  const [redactText, setRedactText] = useState(false);
  const [busy, setBusy] = useState(false);
  const job = useJob();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [chosenCompare, setCompareWith] = useState('');
  const entries = useLibrary((s) => s.entries);
  useEffect(() => {
    if (!entries) void useLibrary.getState().refresh();
  }, [entries]);
  const compareChoices = useMemo(() => olderArchives(entries ?? [], archiveId), [entries, archiveId]);
  // A choice made for another archive of the library no longer applies.
  const compareWith = compareChoices.some((e) => e.archiveId === chosenCompare) ? chosenCompare : '';
  const request = { archiveId, redactText, paper, ...(compareWith ? { compareWith } : {}) };
  const report = useReportModel(request);
  const { model, error, reload } = report;

  // Saving runs as an engine job: its progress shows under the toolbar, with Cancel.
  const [saving, setSaving] = useState('');
  const save = async (
    what: string,
    progressLabel: string,
    run: () => Promise<{ path: string | null; rows?: number } | null>,
  ) => {
    setBusy(true);
    setOutcome(null);
    setSaving(progressLabel);
    try {
      const { path, rows } = (await run()) ?? { path: null };
      if (path)
        setOutcome({
          kind: 'saved',
          text: `${what} saved to ${path}${rows !== undefined ? ` (${formatCount(rows)} items)` : ''}.`,
        });
    } catch (e) {
      if (e instanceof JobCancelled)
        setOutcome({ kind: 'stopped', text: `You stopped saving. ${what} was not saved.` });
      else setOutcome({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="view report-view">
      <header className="view-header">
        <h1>Exposure report</h1>
        <p className="lede">
          A report to print, keep or send to a regulator: what of your X data can reach AI training, the
          policy behind it, and your opt-out progress.
        </p>
      </header>
      <ReportToolbar
        paper={paper}
        redactText={redactText}
        busy={busy}
        compareChoices={compareChoices}
        compareWith={compareWith}
        onCompareWith={setCompareWith}
        onPaper={setPaper}
        onRedact={setRedactText}
        onSavePdf={() =>
          void save('The report', 'Saving the report as PDF', () =>
            job.run('reportFile', () => api().saveReportPdf(request)),
          )
        }
        onSaveHtml={() =>
          void save('The report', 'Saving the report', () =>
            job.run('reportFile', () => api().saveReportHtml(request)),
          )
        }
        onSaveCsv={() =>
          void save('The item list', 'Writing the item list', () =>
            job.run('export', () => api().saveItemsCsv({ archiveId })),
          )
        }
      />
      {job.running?.jobId && <JobProgress label={saving} job={job.running} onCancel={job.cancel} />}
      <div aria-live="polite">
        {outcome?.kind === 'saved' && <p className="notice notice-success">{outcome.text}</p>}
        {outcome?.kind === 'stopped' && <p className="muted">{outcome.text}</p>}
        {outcome?.kind === 'error' && <ErrorNotice message={outcome.text} />}
      </div>
      {error && <ErrorNotice message={error} onRetry={reload} />}
      {report.building?.jobId && (
        <JobProgress label="Preparing the report" job={report.building} onCancel={report.cancel} />
      )}
      {!model && !error && !report.building?.jobId && <p className="muted">Preparing the report…</p>}
      {model && <ReportPreview model={model} />}
    </div>
  );
}
