import type { Migration } from '../../migrate';

/**
 * Archive schema 2 (frozen): which bookmarks came from an export file the user imported, so a newer
 * export replaces exactly them. A post the archive's own bookmark file also has keeps the archive's
 * item (`from_archive` = 1); `added_text` = 1 when that item had no text and got the file's.
 */
export const migration: Migration = (db) =>
  db.exec(`
CREATE TABLE bookmark_imports (
  tweet_id TEXT PRIMARY KEY,
  item_id INTEGER NOT NULL,
  from_archive INTEGER NOT NULL,
  added_text INTEGER NOT NULL,
  author TEXT
) STRICT;
`);
