import type { StepStatus, TailoredStep } from '../../../../shared/checklist/types';
import { formatDate } from '../../../../shared/format/dates';
import { STATUS_LABELS } from '../../../../shared/format/labels';
import { showItems } from '../../app/show-items';
import { useNavigation } from '../../stores/navigation-store';
import { SettingSteps } from './SettingSteps';
import { StepBackground } from './StepBackground';

interface Props {
  number: number;
  tailored: TailoredStep;
  recommended: boolean;
  open: boolean;
  saving: boolean;
  onToggle(): void;
  onStatus(status: StepStatus): void;
}

/**
 * One step of the guided fix. Closed: its title and where it stands. Open: what the archive shows,
 * each setting with a button that opens it, the status buttons, and the background folded away.
 */
export function StepCard({ number, tailored, recommended, open, saving, onToggle, onStatus }: Props) {
  const { step, tailoring, progress } = tailored;
  const archiveId = useNavigation((s) => s.archiveId);
  const headingId = `step-${step.id}`;
  const bodyId = `step-${step.id}-body`;
  const settled = progress.status !== 'todo';
  return (
    <article
      className={`card checklist-step status-${progress.status}${recommended ? ' recommended' : ''}${open ? ' open' : ''}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId} className="step-heading">
        <button
          type="button"
          className="step-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={onToggle}
        >
          <span className={`step-mark mark-${progress.status}`} aria-hidden="true">
            {progress.status === 'done' ? '✓' : progress.status === 'todo' ? number : '–'}
          </span>
          <span className="step-title">{step.title}</span>
          {step.region && <span className="tag">{step.region} only</span>}
          {step.certainty === 'uncertain' && <span className="tag tag-uncertain">Uncertain</span>}
          {settled && (
            <span className="step-state">
              {STATUS_LABELS[progress.status]}
              {progress.updatedAt && ` on ${formatDate(progress.updatedAt)}`}
            </span>
          )}
        </button>
      </h3>
      {open && (
        <div id={bodyId} className="step-body">
          {tailoring.length > 0 && (
            <ul className="step-tailoring" aria-label="What your archive shows">
              {tailoring.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          <SettingSteps settings={step.settings} />
          {step.appLink && archiveId && (
            <p>
              <button type="button" className="button small" onClick={() => showItems(archiveId, {})}>
                Open Browse
              </button>{' '}
              <span className="muted">{step.appLink.label}</span>
            </p>
          )}
          <div className="step-actions" role="group" aria-label={`Status of “${step.title}”`}>
            {progress.status !== 'done' && (
              <button
                type="button"
                className="button primary"
                disabled={saving}
                onClick={() => onStatus('done')}
              >
                Mark as done
              </button>
            )}
            {progress.status !== 'skipped' && (
              <button type="button" className="button" disabled={saving} onClick={() => onStatus('skipped')}>
                Skip for now
              </button>
            )}
            {progress.status !== 'notApplicable' && (
              <button
                type="button"
                className="button subtle"
                disabled={saving}
                onClick={() => onStatus('notApplicable')}
              >
                Does not apply to me
              </button>
            )}
            {settled && (
              <button
                type="button"
                className="button subtle"
                disabled={saving}
                onClick={() => onStatus('todo')}
              >
                Back to to-do
              </button>
            )}
          </div>
          <StepBackground step={step} />
        </div>
      )}
    </article>
  );
}
