import type { Migration } from '../../migrate';

/**
 * Library schema 3 (frozen): the items a person exported to delete, per account, so comparing a
 * newer archive of the same account can say which of them are gone.
 */
export const migration: Migration = (db) =>
  db.exec(`
CREATE TABLE deletion_list (
  account_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  source_id TEXT NOT NULL,
  archive_id TEXT NOT NULL,
  listed_at TEXT NOT NULL,
  PRIMARY KEY (account_id, kind, source_id)
) STRICT, WITHOUT ROWID;
`);
