import type { Database } from 'better-sqlite3';
import type { BookmarkImportState } from '../../../shared/model/bookmarks';
import { getMeta } from '../db/meta';
import { openDatabase } from '../db/open';
import type { BookmarkRecordIn } from '../bookmarks/rows';
import { BOOKMARK_IMPORT_META } from '../bookmarks/schema';
import { writeBookmarks } from '../bookmarks/write';
import { applyUserRanges, storedUserRanges } from '../classification/user-ranges';
import { archiveClassifyContext, type UserRanges } from '../classification/context';

/** What the user added to an imported archive, which a re-import of the same archive must keep. */
export interface UserAdditions {
  /** The protected periods the user corrected (null: the archive's own history) and their Circle periods. */
  userRanges: UserRanges;
  /** The bookmark export the user imported, as records to write again. */
  bookmarks: { records: BookmarkRecordIn[]; state: BookmarkImportState } | null;
}

function importedBookmarks(db: Database): UserAdditions['bookmarks'] {
  const state = getMeta<BookmarkImportState>(db, BOOKMARK_IMPORT_META);
  if (!state) return null;
  // A row merged into the archive's own bookmark kept the archive's item: only the text it added
  // and the author came from the export. Rows in import order (the table's rowid).
  const records = db
    .prepare(
      `SELECT b.tweet_id AS postId, b.author AS author,
         CASE WHEN b.from_archive = 0 OR b.added_text = 1 THEN i.text END AS text,
         CASE WHEN b.from_archive = 0 THEN i.created_at END AS date,
         coalesce(CASE WHEN b.from_archive = 0 THEN m.expanded_url END, '') AS url
       FROM bookmark_imports b JOIN items i ON i.id = b.item_id LEFT JOIN bookmarks m ON m.item_id = b.item_id
       ORDER BY b.rowid`,
    )
    .all() as BookmarkRecordIn[];
  return { records, state };
}

/**
 * The user's additions to the archive database at `path` (the same archive imported before); null
 * when there is none, it holds nothing the user added, or it cannot be read.
 */
export function userAdditionsOf(path: string, nativeBinding?: string): UserAdditions | null {
  let db: Database;
  try {
    db = openDatabase(path, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch {
    return null;
  }
  try {
    const additions: UserAdditions = {
      userRanges: storedUserRanges(db),
      bookmarks: importedBookmarks(db),
    };
    const { protected: corrected, circle } = additions.userRanges;
    return corrected || circle.length > 0 || additions.bookmarks ? additions : null;
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/**
 * Writes the user's additions into the newly imported database: the protected periods (every item
 * classified again under them), then the bookmark export, merged as when it was first imported.
 */
export function keepUserAdditions(
  db: Database,
  additions: UserAdditions,
  asOf: string,
  owner: string | null,
): void {
  const { protected: corrected, circle } = additions.userRanges;
  if (corrected || circle.length > 0) applyUserRanges(db, additions.userRanges, asOf, owner, () => undefined);
  if (additions.bookmarks) {
    const ctx = archiveClassifyContext(db, additions.userRanges, asOf);
    const { records, state } = additions.bookmarks;
    writeBookmarks(db, records, ctx, state.fileName, state.importedAt);
  }
}
