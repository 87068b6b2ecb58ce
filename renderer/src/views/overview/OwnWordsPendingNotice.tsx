import { useEffect, useRef, useState } from 'react';
import { api, errorMessage } from '../../bridge';
import { JobProgress } from '../../components/JobProgress';
import { JobCancelled } from '../../jobs/run-job';
import { useJob } from '../../jobs/use-job';
import { useOverview } from '../../stores/overview-store';
import { refreshAfterRecheck } from '../settings/refresh-after-recheck';

/**
 * An archive opened while it waits to be checked with the person's own words (a check of every
 * archive of the account was cancelled before it): the check starts at once, with its progress and
 * Cancel; cancelled or failed, the notice says so and offers it again.
 */
export function OwnWordsPendingNotice({ archiveId, pending }: { archiveId: string; pending: boolean }) {
  const job = useJob();
  const [problem, setProblem] = useState<string | null>(null);
  const started = useRef<string | null>(null);

  const recheck = async () => {
    setProblem(null);
    try {
      await job.run('ownWords', () => api().recheckOwnWords({ archiveId }));
      refreshAfterRecheck(archiveId);
      // This view stays open: read its overview again at once.
      void useOverview.getState().load(archiveId, true);
    } catch (e) {
      setProblem(
        e instanceof JobCancelled ? 'Stopped before the end, so nothing was changed.' : errorMessage(e),
      );
    }
  };

  useEffect(() => {
    // Once per archive opened (the view may render twice on its way in).
    if (!pending || started.current === archiveId) return;
    started.current = archiveId;
    void recheck();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- started once per archive, by the ref above
  }, [archiveId, pending]);

  if (!pending) return null;
  return (
    <section className="notice notice-info" aria-labelledby="own-words-pending-title">
      <h2 id="own-words-pending-title">Your own sensitive words changed</h2>
      <p>
        This archive was last checked before you changed the words you listed as sensitive for you, so its
        levels do not count them yet.
      </p>
      {job.running ? (
        <JobProgress label="Checking this archive with your words" job={job.running} onCancel={job.cancel} />
      ) : (
        <>
          {problem && <p>{problem}</p>}
          <button type="button" className="button" onClick={() => void recheck()}>
            Check it now
          </button>
        </>
      )}
    </section>
  );
}
