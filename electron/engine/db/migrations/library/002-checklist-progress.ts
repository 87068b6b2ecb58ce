import type { Migration } from '../../migrate';

/**
 * Library schema 2 (frozen): the user's checklist progress. Keyed by account, not archive, so the
 * progress carries over when the same person opens a newer archive (the checklist's last step asks
 * for one).
 */
export const migration: Migration = (db) =>
  db.exec(`
CREATE TABLE checklist_progress (
  account_id TEXT NOT NULL,
  step_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('done', 'skipped', 'notApplicable')),
  updated_at TEXT NOT NULL,
  PRIMARY KEY (account_id, step_id)
) STRICT, WITHOUT ROWID;
`);
