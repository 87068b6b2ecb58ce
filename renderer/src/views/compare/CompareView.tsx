import { useEffect, useMemo, useState } from 'react';
import type { ArchiveViewProps } from '../../app/routes';
import { ErrorNotice } from '../../components/ErrorNotice';
import { JobProgress } from '../../components/JobProgress';
import { formatDate } from '../../../../shared/format/dates';
import { useLibrary } from '../../stores/library-store';
import { ArchivePicker } from './ArchivePicker';
import { CountComparison } from './CountComparison';
import { DeletionListCheck } from './DeletionListCheck';
import { ExposureComparison } from './ExposureComparison';
import { RemovedItemsList } from './RemovedItemsList';
import { defaultPair, sameAccountArchives } from './archive-pair';
import { pairKey, useCompare } from './compare-store';
import './compare.css';

/**
 * Compare two archives of the same account: after deleting content and opting out, a newer archive
 * shows what is really gone, what is still there and what of the deletion list is still in scope.
 */
export function CompareView({ archiveId }: ArchiveViewProps) {
  const entries = useLibrary((s) => s.entries);
  const libraryError = useLibrary((s) => s.error);
  useEffect(() => {
    if (!entries) void useLibrary.getState().refresh();
  }, [entries]);
  const candidates = useMemo(() => sameAccountArchives(entries ?? [], archiveId), [entries, archiveId]);
  const [chosen, setChosen] = useState<[string, string] | null>(null);
  const pair = chosen ?? defaultPair(candidates, archiveId);
  const [olderId, newerId] = pair ?? ['', ''];
  const key = pairKey(olderId, newerId);
  const result = useCompare((s) => s.results[key]);
  const error = useCompare((s) => s.errors[key]);
  const running = useCompare((s) => s.running === key);
  const job = useCompare((s) => (s.running === key ? s.job : null));
  const sameArchive = olderId === newerId;

  useEffect(() => {
    if (olderId && newerId && olderId !== newerId) void useCompare.getState().run(olderId, newerId);
  }, [olderId, newerId]);

  const account = candidates[0]?.account.username;
  return (
    <div className="view compare-view">
      <header className="view-header">
        <h1>Compare archives</h1>
        <p className="muted">
          Deleted posts and likes, and opted out? Download a new archive from X a few weeks later, import it,
          and compare it with this one to see what is really gone.
        </p>
      </header>
      {libraryError && (
        <ErrorNotice message={libraryError} onRetry={() => void useLibrary.getState().refresh()} />
      )}
      {!entries && !libraryError && <p className="muted">Loading…</p>}
      {entries && !pair && (
        <section className="card">
          <p>
            {`This is the only archive of @${account ?? 'this account'} in your library. Import a newer (or older) archive of the same account to compare them.`}
          </p>
        </section>
      )}
      {pair && (
        <section className="card compare-pickers" aria-label="Archives to compare">
          <ArchivePicker
            label="Older archive"
            value={olderId}
            candidates={candidates}
            onChange={(id) => setChosen([id, newerId])}
          />
          <span aria-hidden="true" className="compare-arrow">
            →
          </span>
          <ArchivePicker
            label="Newer archive"
            value={newerId}
            candidates={candidates}
            onChange={(id) => setChosen([olderId, id])}
          />
          <button
            type="button"
            className="button"
            disabled={running || sameArchive}
            onClick={() => void useCompare.getState().run(olderId, newerId, true)}
          >
            Compare again
          </button>
        </section>
      )}
      {pair && sameArchive && <p className="notice notice-info">Choose two different archives.</p>}
      {pair && !sameArchive && running && !job && (
        <p className="muted" role="status">
          Comparing…
        </p>
      )}
      {pair && !sameArchive && job && (
        <JobProgress label="Comparing" job={job} onCancel={() => useCompare.getState().cancel()} />
      )}
      {pair && !sameArchive && error && (
        <ErrorNotice message={error} onRetry={() => void useCompare.getState().run(olderId, newerId, true)} />
      )}
      {result && !sameArchive && (
        <>
          <p className="compare-heading">
            {`@${result.account.username}: ${formatDate(result.older.generatedAt ?? result.older.importedAt)} → ${formatDate(result.newer.generatedAt ?? result.newer.importedAt)}`}
          </p>
          {result.warnings.map((w) => (
            <p key={w} className="notice notice-info">
              {w.charAt(0).toUpperCase() + w.slice(1)}.
            </p>
          ))}
          <CountComparison result={result} />
          {result.removedItems && <RemovedItemsList removed={result.removedItems} />}
          <DeletionListCheck check={result.deletionList} />
          <ExposureComparison result={result} />
        </>
      )}
    </div>
  );
}
