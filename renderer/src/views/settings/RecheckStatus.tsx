import type { RunningJob } from '../../jobs/use-job';
import { JobProgress } from '../../components/JobProgress';

/**
 * How a settings change that checks every item again is going: its progress with Cancel while it
 * runs, then what the saved change did.
 */
export function RecheckStatus({
  running,
  onCancel,
  saved,
}: {
  running: RunningJob | null;
  onCancel(): void;
  saved: string | null;
}) {
  return (
    <>
      {running && <JobProgress label="Checking every item again" job={running} onCancel={onCancel} />}
      {saved && (
        <p className="notice notice-success" role="status">
          {saved}
        </p>
      )}
    </>
  );
}
