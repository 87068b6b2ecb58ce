import type { Migration } from '../db/migrate';

/**
 * Archive migration: which bookmarks came from an export file the user imported, so a newer export
 * replaces exactly them. A post the archive's own bookmark file also has keeps the archive's item
 * (`from_archive` = 1); `added_text` = 1 when that item had no text and got the file's.
 */
export const BOOKMARK_IMPORTS_MIGRATION: Migration = (db) =>
  db.exec(`
CREATE TABLE bookmark_imports (
  tweet_id TEXT PRIMARY KEY,
  item_id INTEGER NOT NULL,
  from_archive INTEGER NOT NULL,
  added_text INTEGER NOT NULL,
  author TEXT
) STRICT;
`);

/** The last import's file name, date and numbers (BookmarkImportState), in the archive's meta table. */
export const BOOKMARK_IMPORT_META = 'bookmarks.import';
