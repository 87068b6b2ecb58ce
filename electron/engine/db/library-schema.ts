import { CHECKLIST_MIGRATION } from '../checklist/schema';
import { DELETION_LIST_MIGRATION } from '../compare/deletion-list';
import type { Migration } from './migrate';

const V1 = `
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
`;

export const LIBRARY_MIGRATIONS: readonly Migration[] = [
  (db) => db.exec(V1),
  CHECKLIST_MIGRATION,
  DELETION_LIST_MIGRATION,
];
