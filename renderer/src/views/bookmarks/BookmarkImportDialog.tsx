import { useEffect, useId, useRef, useState } from 'react';
import type {
  BookmarkImportResult,
  BookmarkMapping,
  BookmarkPreview,
} from '../../../../shared/model/bookmarks';
import { api, errorMessage } from '../../bridge';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ProgressBar } from '../../components/ProgressBar';
import { useJob } from '../../jobs/use-job';
import { formatCount, plural } from '../../../../shared/format/numbers';
import { MappingEditor } from './MappingEditor';
import { PreviewTable } from './PreviewTable';
import { ProblemList } from './ProblemList';

interface Props {
  archiveId: string;
  path: string;
  /** Bookmarks a previous import brought in (they are replaced). */
  previousCount: number;
  onClose(): void;
  onImported(result: BookmarkImportResult): void;
}

/**
 * Shows what a bookmarks export holds before anything is written: the recognised columns (changeable),
 * the first rows as they would be stored and the file's problems. Importing replaces a previous import.
 */
export function BookmarkImportDialog({ archiveId, path, previousCount, onClose, onImported }: Props) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const [preview, setPreview] = useState<BookmarkPreview | null>(null);
  const [mapping, setMapping] = useState<BookmarkMapping | null>(null);
  const [loading, setLoading] = useState(true);
  const [importing, setImporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const job = useJob();

  useEffect(() => {
    let live = true;
    api()
      .previewBookmarks(mapping ? { path, mapping } : { path })
      .then((p) => {
        if (!live) return;
        setPreview(p);
        setError(null);
      })
      .catch((e: unknown) => live && setError(errorMessage(e)))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [path, mapping]);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.focus();
    return () => previous?.focus();
  }, []);

  const changeMapping = (next: BookmarkMapping) => {
    setLoading(true);
    setMapping(next);
  };

  const blocked =
    !preview || preview.problems.some((p) => p.severity === 'error') || preview.importable === 0;
  const runImport = async () => {
    if (!preview) return;
    setImporting(true);
    setError(null);
    try {
      const mapping = preview.mapping;
      onImported(
        (await job.run('bookmarkImport', () => api().importBookmarks({ archiveId, path, mapping })))!,
      );
    } catch (e) {
      setError(errorMessage(e));
      setImporting(false);
    }
  };

  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && !importing && onClose()}
    >
      <div
        ref={dialogRef}
        tabIndex={-1}
        className="modal bookmark-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={loading || importing}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !importing) {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 id={titleId}>Import bookmarks</h2>
        {/* The body scrolls between the title and the buttons; focusable so the keyboard can scroll it. */}
        <div className="modal-body" tabIndex={0} role="region" aria-label="File preview">
          {preview && (
            <p>
              {`${preview.fileName}: ${preview.format.toUpperCase()}, ${plural(preview.totalRows, 'row', 'rows')}`}
              {preview.format === 'csv' && !preview.hasHeader ? ', no header row' : ''}
              {'. '}
              <strong>{plural(preview.importable, 'post', 'posts')}</strong> would be imported.
            </p>
          )}
          {!preview && loading && <p className="muted">Reading the file…</p>}
          {job.running && (
            <ProgressBar label="Importing bookmarks" value={job.running.done} max={job.running.total} />
          )}
          {error && <ErrorNotice message={error} />}
          {preview && (
            <>
              <MappingEditor
                columns={preview.columns}
                mapping={mapping ?? preview.mapping}
                guessed={preview.guessed}
                disabled={importing}
                onChange={changeMapping}
              />
              <ProblemList problems={preview.problems} />
              {preview.parsed.length > 0 && <PreviewTable rows={preview.parsed} total={preview.totalRows} />}
              {previousCount > 0 && (
                <p className="muted">{`They replace the ${formatCount(previousCount)} bookmarks of your previous import.`}</p>
              )}
            </>
          )}
        </div>
        <div className="modal-actions">
          {/* While importing, Cancel stops the import (nothing is written); otherwise it closes. */}
          <button
            type="button"
            className="button"
            disabled={importing && !job.running?.jobId}
            onClick={importing ? job.cancel : onClose}
          >
            Cancel
          </button>
          <button
            type="button"
            className="button primary"
            disabled={blocked || loading || importing}
            onClick={() => void runImport()}
          >
            {importing
              ? 'Importing…'
              : preview && !blocked
                ? `Import ${plural(preview.importable, 'bookmark', 'bookmarks')}`
                : 'Import'}
          </button>
        </div>
      </div>
    </div>
  );
}
