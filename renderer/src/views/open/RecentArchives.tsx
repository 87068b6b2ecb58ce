import type { LibraryEntry } from '../../../../shared/model/summary';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../../../shared/format/numbers';
import { formatDate } from '../../../../shared/format/dates';
import { useLibrary } from '../../stores/library-store';
import { useNavigation } from '../../stores/navigation-store';

/** Archives already imported, newest first, each reopened with one click. */
export function RecentArchives() {
  const entries = useLibrary((s) => s.entries);
  const error = useLibrary((s) => s.error);
  const refresh = useLibrary((s) => s.refresh);

  return (
    <section className="card recent" aria-labelledby="recent-title">
      <h2 id="recent-title">Recent archives</h2>
      {error && <ErrorNotice message={error} onRetry={() => void refresh()} />}
      {!error && entries === null && <p className="muted">Loading your library…</p>}
      {entries?.length === 0 && <p className="muted">No archive imported yet. Open one to begin.</p>}
      {entries && entries.length > 0 && (
        <ul className="recent-list">
          {[...entries].sort(byImportDesc).map((entry) => (
            <RecentArchive key={entry.archiveId} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

function RecentArchive({ entry }: { entry: LibraryEntry }) {
  const openArchive = useNavigation((s) => s.openArchive);
  const { counts } = entry;
  const facts = [
    `${formatCount(counts.posts)} posts`,
    `${formatCount(counts.likes)} likes`,
    counts.directMessages ? `${formatCount(counts.directMessages)} messages` : null,
    counts.grokMessages ? `${formatCount(counts.grokMessages)} Grok messages` : null,
  ].filter(Boolean);
  return (
    <li className="recent-item">
      <div className="recent-main">
        <span className="recent-account">
          <bdi>{entry.account.displayName || entry.account.username}</bdi>{' '}
          <span className="muted">
            @<bdi>{entry.account.username}</bdi>
          </span>
        </span>
        <span className="recent-meta">
          Archive of {entry.generatedAt ? formatDate(entry.generatedAt) : 'unknown date'} · imported{' '}
          {formatDate(entry.importedAt)}
          {entry.partial && <span className="tag tag-warn">partly imported</span>}
        </span>
        <span className="recent-counts">{facts.join(' · ')}</span>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => openArchive(entry.archiveId)}
        aria-label={`Open the archive of @${entry.account.username}`}
      >
        Open
      </button>
    </li>
  );
}

function byImportDesc(a: LibraryEntry, b: LibraryEntry): number {
  return b.importedAt.localeCompare(a.importedAt);
}
