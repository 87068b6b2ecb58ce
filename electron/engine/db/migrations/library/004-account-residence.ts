import type { Migration } from '../../migrate';

/**
 * Library schema 4 (frozen): where the person says they live, per account, asked once by the checklist
 * so it can offer the rights that exist there (a GDPR objection, a CCPA request, ...).
 */
export const migration: Migration = (db) =>
  db.exec(`
CREATE TABLE account_residence (
  account_id TEXT PRIMARY KEY,
  residence TEXT NOT NULL CHECK (residence IN ('eu', 'uk', 'ch', 'california', 'canada', 'elsewhere')),
  updated_at TEXT NOT NULL
) STRICT, WITHOUT ROWID;
`);
