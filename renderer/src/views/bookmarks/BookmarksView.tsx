import { useEffect, useState } from 'react';
import type { BookmarkImportResult, BookmarkImportState } from '../../../../shared/model/bookmarks';
import type { ArchiveViewProps } from '../../app/routes';
import { api, errorMessage } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { plural } from '../../../../shared/format/numbers';
import { formatDateTime } from '../../../../shared/format/dates';
import { useBrowse } from '../../stores/browse-store';
import { useLibrary } from '../../stores/library-store';
import { useOverview } from '../../stores/overview-store';
import { useCompare } from '../compare/compare-store';
import { BookmarkImportDialog } from './BookmarkImportDialog';
import './bookmarks.css';

/** X's archive has no bookmarks, yet the policy covers them: bring them in from an export file. */
export function BookmarksView({ archiveId }: ArchiveViewProps) {
  const [state, setState] = useState<BookmarkImportState | null | undefined>(undefined);
  const [path, setPath] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<BookmarkImportResult | null>(null);

  useEffect(() => {
    let live = true;
    api()
      .getBookmarkImport({ archiveId })
      .then((s) => live && setState(s))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [archiveId]);

  const pick = async () => {
    setError(null);
    try {
      const picked = await api().pickBookmarkFile();
      if (picked.path) setPath(picked.path);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const imported = (result: BookmarkImportResult) => {
    setPath(null);
    setDone(result);
    void api()
      .getBookmarkImport({ archiveId })
      .then(setState)
      .catch(() => undefined);
    useOverview.getState().invalidate(archiveId);
    useCompare.getState().invalidate(archiveId);
    if (useBrowse.getState().archiveId === archiveId) useBrowse.getState().reload();
    void useLibrary.getState().refresh();
  };

  return (
    <div className="view view-narrow bookmarks-view">
      <header className="view-header">
        <h1>Bookmarks</h1>
      </header>
      <section className="card" aria-labelledby="bookmarks-title">
        <h2 id="bookmarks-title">Bring in your bookmarks</h2>
        <p>
          Your archive may not include your bookmarks (archives differ: some have a bookmark file, many do
          not), yet X holds them and its privacy policy lets it share them with third-party collaborators for
          AI training. If you have an export of your bookmarks (a CSV or JSON file from a bookmark-export
          browser extension, or one you made yourself with the post links), import it here: the bookmarks join
          this archive in Browse, the Overview and the report.
        </p>
        {error && <ErrorNotice message={error} />}
        {state === undefined && !error && <p className="muted">Loading…</p>}
        {state === null && <p className="muted">No bookmarks imported into this archive yet.</p>}
        {state && (
          <p>
            {`${plural(state.imported, 'bookmark', 'bookmarks')} from ${state.fileName}, imported ${formatDateTime(state.importedAt)}.`}
            {state.merged > 0
              ? ` ${plural(state.merged, 'was', 'were')} already in the archive’s own bookmark file.`
              : ''}
          </p>
        )}
        {done && (
          <p className="notice notice-success" role="status">
            {`Imported ${plural(done.imported, 'bookmark', 'bookmarks')}`}
            {done.skipped > 0 ? `; ${plural(done.skipped, 'row was', 'rows were')} left out` : ''}
            {done.replaced > 0 ? `; they replace the ${done.replaced} of the previous import` : ''}.
          </p>
        )}
        <button type="button" className="button primary" onClick={() => void pick()}>
          {state ? 'Replace with a newer export…' : 'Import a bookmarks file…'}
        </button>
      </section>
      {path && (
        <BookmarkImportDialog
          archiveId={archiveId}
          path={path}
          previousCount={state?.imported ?? 0}
          onClose={() => setPath(null)}
          onImported={imported}
        />
      )}
    </div>
  );
}
