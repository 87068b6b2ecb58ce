import type { RunningJob } from '../jobs/use-job';
import { ProgressBar } from './ProgressBar';

/** A running job's progress and its Cancel button (nothing is changed when it is cancelled). */
export function JobProgress({ label, job, onCancel }: { label: string; job: RunningJob; onCancel(): void }) {
  return (
    <div className="job-progress" role="status" aria-live="polite">
      <p className="muted">{label}…</p>
      <ProgressBar label={label} value={job.done} max={job.total} />
      <button type="button" className="button subtle" onClick={onCancel} disabled={job.jobId === null}>
        Cancel
      </button>
    </div>
  );
}
