import { useEffect, useState } from 'react';
import { LABELS_NOTE } from '../../../../shared/checklist/steps';
import type { StepId, StepStatus, TailoredStep } from '../../../../shared/checklist/types';
import type { ArchiveViewProps } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { CannotUndoNotice } from './CannotUndoNotice';
import { RightsPanel } from './RightsPanel';
import { useChecklist } from './checklist-store';
import { StepCard } from './StepCard';
import { guidedOrder, isSettled, recommendedProgress, recommendedSteps } from './step-order';
import './checklist.css';

/**
 * The opt-out checklist as a guided fix: the steps recommended for this archive first, one open at a
 * time, each setting one click from the browser; done steps fold away and the next one opens.
 */
export function ChecklistView({ archiveId }: ArchiveViewProps) {
  const view = useChecklist((s) => s.byArchive[archiveId]);
  const error = useChecklist((s) => s.errors[archiveId]);
  const saving = useChecklist((s) => s.saving);
  const load = useChecklist((s) => s.load);
  const setStatus = useChecklist((s) => s.setStatus);
  /** undefined: the first step still to do; null: every step closed. */
  const [openId, setOpenId] = useState<StepId | null | undefined>(undefined);

  useEffect(() => {
    void load(archiveId);
  }, [archiveId, load]);

  if (!view) {
    return (
      <div className="view view-narrow" aria-busy={!error}>
        <h1>Reduce what reaches AI training</h1>
        {error ? (
          <ErrorNotice message={error} onRetry={() => void load(archiveId)} />
        ) : (
          <p className="muted">Loading the checklist…</p>
        )}
      </div>
    );
  }

  const ordered = guidedOrder(view);
  const recommended = new Set(recommendedSteps(view).map((s) => s.step.id));
  const firstToDo = ordered.find((s) => s.progress.status === 'todo')?.step.id ?? null;
  const open = openId === undefined ? firstToDo : openId;
  const progress = recommendedProgress(view);
  const settled = view.steps.filter((s) => s.progress.status !== 'todo').length;

  const change = async (step: TailoredStep, status: StepStatus) => {
    await setStatus(archiveId, step.step.id, status);
    if (status === 'todo') return setOpenId(step.step.id);
    // On to the next step still to do, in the guided order.
    const after = ordered.slice(ordered.indexOf(step) + 1).concat(ordered.slice(0, ordered.indexOf(step)));
    const next = after.find((s) => s.progress.status === 'todo' && s.step.id !== step.step.id);
    setOpenId(next?.step.id ?? null);
  };

  const card = (tailored: TailoredStep, number: number) => (
    <li key={tailored.step.id}>
      <StepCard
        number={number}
        tailored={tailored}
        recommended={recommended.has(tailored.step.id)}
        open={open === tailored.step.id}
        saving={saving === tailored.step.id}
        onToggle={() => setOpenId(open === tailored.step.id ? null : tailored.step.id)}
        onStatus={(status) => void change(tailored, status)}
      />
    </li>
  );
  const first = ordered.filter((s) => recommended.has(s.step.id));
  const rest = ordered.filter((s) => !recommended.has(s.step.id));

  return (
    <div className="view view-narrow checklist-view">
      <header className="view-header">
        <h1>Reduce what reaches AI training</h1>
        <p className="lede">
          What you can still do on X, step by step. Open a step, change the setting on x.com, then mark it
          done. Your progress is saved on this computer.
        </p>
        <div className="checklist-progress" aria-live="polite">
          <p>
            <strong data-testid="checklist-progress">
              {progress.done} of {progress.total} recommended steps done
            </strong>
            <span className="muted">
              {' '}
              · {settled} of {view.steps.length} steps settled in all
            </span>
          </p>
          <progress
            max={Math.max(1, progress.total)}
            value={progress.done}
            aria-label="Recommended steps done"
          />
        </div>
      </header>
      {error && <ErrorNotice message={error} />}

      <section aria-labelledby="recommended-title">
        <h2 id="recommended-title" className="section-title">
          Recommended for you
        </h2>
        <ol className="checklist-steps">{first.map((s, i) => card(s, i + 1))}</ol>
      </section>
      {rest.length > 0 && (
        <section aria-labelledby="more-title">
          <h2 id="more-title" className="section-title">
            More you can do
          </h2>
          <ol className="checklist-steps" start={first.length + 1}>
            {rest.map((s, i) => card(s, first.length + i + 1))}
          </ol>
        </section>
      )}

      <RightsPanel archiveId={archiveId} rights={view.rights} />
      <CannotUndoNotice caveat={view.caveat} />
      <p className="muted small">
        {LABELS_NOTE} {view.checkedOnLine}.
        {progress.total > 0 && progress.left === 0 && ' Every recommended step is done.'}
      </p>
      {ordered.every((s) => isSettled(s.progress.status)) && (
        <p className="notice notice-info">
          Every step is settled. Download a fresh archive in a few weeks to check.
        </p>
      )}
    </div>
  );
}
