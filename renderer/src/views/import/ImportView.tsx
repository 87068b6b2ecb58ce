import { useEffect } from 'react';
import { FileReportTable } from './FileReportTable';
import { ImportProgressPanel } from './ImportProgressPanel';
import type { ArchiveSummary, FileStatus } from '../../../../shared/model/summary';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatCount } from '../../../../shared/format/numbers';
import { useBrowse } from '../../stores/browse-store';
import { useImport } from '../../stores/import-store';
import { useLibrary } from '../../stores/library-store';
import { useNavigation } from '../../stores/navigation-store';
import { useOverview } from '../../stores/overview-store';
import './import.css';

/** A running import, then its result: what was read from every file. */
export function ImportView() {
  const phase = useImport((s) => s.phase);
  const progress = useImport((s) => s.progress);
  const summary = useImport((s) => s.summary);
  const message = useImport((s) => s.message);
  const path = useImport((s) => s.path);
  const cancel = useImport((s) => s.cancel);
  const canReplace = useImport((s) => s.canReplace);
  const start = useImport((s) => s.start);
  const go = useNavigation((s) => s.go);

  useEffect(() => {
    if (phase !== 'done' || !summary) return;
    // A re-import replaces the archive: drop what was cached for it.
    useOverview.getState().invalidate(summary.archiveId);
    if (useBrowse.getState().archiveId === summary.archiveId) useBrowse.setState({ archiveId: null });
    void useLibrary.getState().refresh();
  }, [phase, summary]);

  return (
    <div className="view import-view">
      <header className="view-header">
        <h1>{phase === 'done' ? 'Archive imported' : 'Importing your archive'}</h1>
        {path && <p className="muted mono path-line">{path}</p>}
      </header>

      {phase === 'idle' && (
        <div className="card">
          <p>No import is running.</p>
          <button type="button" className="button primary" onClick={() => go('open')}>
            Open an archive
          </button>
        </div>
      )}
      {(phase === 'starting' || phase === 'running' || phase === 'cancelling') && (
        <>
          <ImportProgressPanel
            progress={progress}
            cancelling={phase === 'cancelling'}
            onCancel={() => void cancel()}
          />
          {message && <ErrorNotice message={message} />}
        </>
      )}
      {phase === 'cancelled' && (
        <div className="card" role="status">
          <h2>Import cancelled</h2>
          <p>Nothing was added; your library is exactly as it was.</p>
          <button type="button" className="button primary" onClick={() => go('open')}>
            Back to Open
          </button>
        </div>
      )}
      {phase === 'error' && canReplace && path && (
        <ConfirmDialog
          title="Keep the complete copy you already have?"
          confirmLabel="Replace it with this copy"
          cancelLabel="Keep the complete copy"
          danger
          onConfirm={() => void start(path, { replace: true })}
          onCancel={() => useImport.setState({ canReplace: false })}
        >
          <p>
            Some files of this copy of the archive could not be read, and your library already holds a
            complete import of the same archive. It was kept.
          </p>
          <p>Replacing it would lose what this copy could not read.</p>
        </ConfirmDialog>
      )}
      {phase === 'error' && (
        <div className="card">
          <h2>The archive could not be imported</h2>
          <ErrorNotice message={message ?? 'The import stopped with an error.'} />
          <p className="muted">Your library is unchanged.</p>
          <button type="button" className="button primary" onClick={() => go('open')}>
            Try another archive
          </button>
        </div>
      )}
      {phase === 'done' && summary && <ImportResult summary={summary} />}
    </div>
  );
}

function ImportResult({ summary }: { summary: ArchiveSummary }) {
  const openArchive = useNavigation((s) => s.openArchive);
  const { counts } = summary;
  // A summary of an archive with very many files keeps counts and the first reports only.
  const byStatus =
    summary.fileCounts?.byStatus ??
    summary.files.reduce<Partial<Record<FileStatus, number>>>((acc, f) => {
      acc[f.status] = (acc[f.status] ?? 0) + 1;
      return acc;
    }, {});
  const figures: Array<[string, number | null]> = [
    ['Posts', counts.posts],
    ['Replies', counts.replies],
    ['Reposts', counts.reposts],
    ['Likes', counts.likes],
    ['Direct messages', counts.directMessages],
    ['Grok messages', counts.grokMessages],
    ['Deleted posts', counts.deletedPosts],
    ['Bookmarks', counts.bookmarks],
  ];

  return (
    <>
      <section className="card" aria-labelledby="result-title" role="status">
        <h2 id="result-title">
          @<bdi>{summary.account.username}</bdi>’s archive is ready
          {summary.partial && <span className="tag tag-warn">partly imported</span>}
        </h2>
        <dl className="figure-grid">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value === null ? 'not in archive' : formatCount(value)}</dd>
            </div>
          ))}
        </dl>
        {summary.partial && (
          <p>Some files could not be read (see the table below). Everything else was imported.</p>
        )}
        {summary.warnings.length > 0 && (
          <ul className="warnings">
            {summary.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        <button type="button" className="button primary" onClick={() => openArchive(summary.archiveId)}>
          See what is exposed
        </button>
      </section>

      <section className="card" aria-labelledby="files-title">
        <h2 id="files-title">Files in the archive</h2>
        <p className="muted">
          {(['imported', 'empty', 'missing', 'unknown', 'error'] as const)
            .filter((s) => byStatus[s])
            .map((s) => `${formatCount(byStatus[s] ?? 0)} ${s}`)
            .join(' · ')}
        </p>
        {summary.fileCounts && (
          <p className="muted">
            The {formatCount(summary.files.length)} listed below come first (problems first) of{' '}
            {formatCount(summary.fileCounts.total)} files.
          </p>
        )}
        <FileReportTable files={summary.files} />
      </section>
    </>
  );
}
