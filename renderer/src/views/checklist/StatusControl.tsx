import { useId } from 'react';
import { STEP_STATUSES, type StepProgress, type StepStatus } from '../../../../shared/checklist/types';
import { formatDate } from '../../../../shared/format/dates';

const LABELS: Record<StepStatus, string> = {
  todo: 'To do',
  done: 'Done',
  skipped: 'Skipped',
  notApplicable: 'Not applicable',
};

interface Props {
  stepTitle: string;
  progress: StepProgress;
  disabled: boolean;
  onChange(status: StepStatus): void;
}

/** Four radio buttons for a step's status, and the date it was last set. */
export function StatusControl({ stepTitle, progress, disabled, onChange }: Props) {
  const name = useId();
  return (
    <fieldset className="step-status" disabled={disabled}>
      <legend className="sr-only">Status of “{stepTitle}”</legend>
      {STEP_STATUSES.map((status) => (
        <label
          key={status}
          className={progress.status === status ? 'status-option selected' : 'status-option'}
        >
          <input
            type="radio"
            name={name}
            value={status}
            checked={progress.status === status}
            onChange={() => onChange(status)}
          />
          {LABELS[status]}
        </label>
      ))}
      {progress.updatedAt && progress.status !== 'todo' && (
        <span className="muted status-date">
          {LABELS[progress.status]} on {formatDate(progress.updatedAt)}
        </span>
      )}
    </fieldset>
  );
}
