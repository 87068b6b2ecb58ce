import type { Database } from 'better-sqlite3';
import type {
  BookmarkImportResult,
  BookmarkImportState,
  BookmarkMapping,
} from '../../../shared/model/bookmarks';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { UserFacingError } from '../errors';
import { noProgress, progressParts, type Progress } from '../services/progress';
import { META, getMeta, setMeta } from '../db/meta';
import { archiveClassifyContext } from '../classification/context';
import { storedUserRanges } from '../classification/user-ranges';
import { exposureSummary } from '../summary/exposure-summary';
import { loadBookmarkFile } from './load';
import { BOOKMARK_IMPORT_META } from './schema';
import { writeBookmarks } from './write';

/**
 * The shares of an import's time: reading and parsing the file, then writing its rows (each one
 * classified). Measured on 150,000 rows: 3.6 s and 16.7 s.
 */
const READ_AND_WRITE = [1, 4];

/** The archive's classification context, as the import and the user's visibility correction left it. */
function archiveContext(db: Database, summary: ArchiveSummary) {
  const asOf = getMeta<string>(db, META.asOf) ?? summary.generatedAt ?? summary.importedAt;
  return archiveClassifyContext(db, storedUserRanges(db), asOf);
}

/**
 * Imports (or re-imports, replacing the previous one) a bookmark export into an archive's database and
 * returns the new summary. A file with an error in its preview is refused and nothing is written.
 */
export function importBookmarkFile(
  db: Database,
  summary: ArchiveSummary,
  path: string,
  mapping?: BookmarkMapping,
  now: string = new Date().toISOString(),
  /** Told how far the import is, as the file is read and as its rows are written; may throw to stop. */
  progress: Progress = noProgress,
): BookmarkImportResult {
  const [reading, writing] = progressParts(progress, READ_AND_WRITE);
  const { preview, mapped } = loadBookmarkFile(path, mapping, reading);
  const error = preview.problems.find((p) => p.severity === 'error');
  if (error) throw new UserFacingError('BAD_INPUT', error.message, preview.fileName);
  const ctx = archiveContext(db, summary);
  return db.transaction(() => {
    const outcome = writeBookmarks(db, mapped.records, ctx, preview.fileName, now, writing);
    const bookmarks = (db.prepare('SELECT count(*) AS n FROM bookmarks').get() as { n: number }).n;
    const next: ArchiveSummary = {
      ...summary,
      counts: { ...summary.counts, bookmarks },
      exposure: exposureSummary(db),
    };
    setMeta(db, META.summary, next);
    return { ...outcome, skipped: mapped.skipped, problems: preview.problems, summary: next };
  })();
}

export function bookmarkImportState(db: Database): BookmarkImportState | null {
  return getMeta<BookmarkImportState>(db, BOOKMARK_IMPORT_META);
}
