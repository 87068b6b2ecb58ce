import { useState } from 'react';
import { api, errorMessage } from '../../bridge';
import { JobProgress } from '../../components/JobProgress';
import { useJob } from '../../jobs/use-job';
import { formatCount, plural } from '../../../../shared/format/numbers';
import { useBrowse } from '../../stores/browse-store';
import { selectedCount, selectionExportRequest, useSelection } from '../../stores/selection-store';

/** Ticked items, "select all filtered", and the CSV deletion-list export. */
export function SelectionBar({ archiveId }: { archiveId: string }) {
  const total = useBrowse((s) => s.total) ?? 0;
  const filters = useBrowse((s) => s.filters);
  const selection = useSelection();
  const count = selectedCount(selection, total);
  const [busy, setBusy] = useState<string | null>(null);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const job = useJob();

  const runExport = async () => {
    setResult(null);
    setBusy('Preparing the list…');
    try {
      const request = selectionExportRequest(archiveId, filters);
      const saved = await job.run('export', () => api().exportItemsCsv(request));
      setResult(
        saved ? { ok: true, text: `Saved ${plural(saved.rows, 'item', 'items')} to ${saved.path}` } : null,
      );
    } catch (e) {
      setResult({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="selection-bar">
      <span className="selection-count" aria-live="polite">
        {count > 0 ? `${formatCount(count)} selected` : 'None selected'}
      </span>
      <button
        type="button"
        className="button subtle small"
        disabled={total === 0 || selection.allFiltered}
        onClick={selection.selectAllFiltered}
      >
        Select all {formatCount(total)}
      </button>
      <button
        type="button"
        className="button subtle small"
        disabled={count === 0}
        onClick={selection.clear}
        aria-label="Clear selection"
      >
        Clear
      </button>
      <button
        type="button"
        title="Save the selected items as a CSV deletion list"
        className="button primary small"
        disabled={count === 0 || busy !== null}
        onClick={() => void runExport()}
      >
        Export deletion list…
      </button>
      {busy && !job.running?.jobId && (
        <span className="muted" role="status">
          {busy}
        </span>
      )}
      {job.running?.jobId && (
        <JobProgress label="Writing the deletion list" job={job.running} onCancel={job.cancel} />
      )}
      {result && (
        <span className={result.ok ? 'result-ok' : 'result-error'} role={result.ok ? 'status' : 'alert'}>
          {result.text}
        </span>
      )}
    </div>
  );
}
