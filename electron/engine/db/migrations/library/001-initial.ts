import type { Migration } from '../../migrate';

/** Library schema 1, as released (frozen: never edit; change the schema with a new file). */
export const migration: Migration = (db) =>
  db.exec(`
CREATE TABLE archives (
  archive_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  username TEXT NOT NULL,
  display_name TEXT NOT NULL,
  generated_at TEXT,
  imported_at TEXT NOT NULL,
  format TEXT NOT NULL,
  source_path TEXT NOT NULL,
  partial INTEGER NOT NULL,
  summary TEXT NOT NULL
) STRICT;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
`);
