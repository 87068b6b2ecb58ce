import { useEffect } from 'react';
import { LABELS_NOTE } from '../../../../shared/checklist/steps';
import type { ArchiveViewProps } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatDate } from '../../../../shared/format/dates';
import { CannotUndoNotice } from './CannotUndoNotice';
import { useChecklist } from './checklist-store';
import { StepCard } from './StepCard';
import './checklist.css';

/** The opt-out checklist, tailored to the archive, with progress saved in the library. */
export function ChecklistView({ archiveId }: ArchiveViewProps) {
  const view = useChecklist((s) => s.byArchive[archiveId]);
  const error = useChecklist((s) => s.errors[archiveId]);
  const saving = useChecklist((s) => s.saving);
  const load = useChecklist((s) => s.load);
  const setStatus = useChecklist((s) => s.setStatus);

  useEffect(() => {
    void load(archiveId);
  }, [archiveId, load]);

  if (!view) {
    return (
      <div className="view" aria-busy={!error}>
        <h1>Opt-out checklist</h1>
        {error ? (
          <ErrorNotice message={error} onRetry={() => void load(archiveId)} />
        ) : (
          <p className="muted">Loading the checklist…</p>
        )}
      </div>
    );
  }

  const total = view.steps.length;
  const settled = view.totals.done + view.totals.skipped + view.totals.notApplicable;
  return (
    <div className="view checklist-view">
      <header className="view-header">
        <h1>Opt-out checklist</h1>
        <p className="lede">
          What you can still do on X to keep your data out of AI training, step by step. Your progress is
          saved on this computer.
        </p>
        <p className="checklist-progress" aria-live="polite">
          <strong>
            {settled} of {total}
          </strong>{' '}
          steps settled: {view.totals.done} done, {view.totals.skipped} skipped, {view.totals.notApplicable}{' '}
          not applicable.
        </p>
        <progress max={total} value={settled} aria-label="Checklist progress" />
      </header>
      {error && <ErrorNotice message={error} />}
      <CannotUndoNotice caveat={view.caveat} />
      <p className="muted">
        {LABELS_NOTE} Steps checked against their sources on {formatDate(view.contentAsOf)}.
      </p>
      <ol className="checklist-steps">
        {view.steps.map((tailored, i) => (
          <li key={tailored.step.id}>
            <StepCard
              number={i + 1}
              tailored={tailored}
              saving={saving === tailored.step.id}
              onStatus={(status) => void setStatus(archiveId, tailored.step.id, status)}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
