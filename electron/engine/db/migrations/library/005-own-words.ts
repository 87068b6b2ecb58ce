import type { Migration } from '../../migrate';

/**
 * Library schema 5 (frozen): words and names sensitive for the person alone (their street, their
 * children's names, their medication), per account and category, matched in every archive of theirs.
 */
export const migration: Migration = (db) =>
  db.exec(`
CREATE TABLE own_words (
  account_id TEXT NOT NULL,
  category TEXT NOT NULL,
  word TEXT NOT NULL,
  PRIMARY KEY (account_id, category, word)
) STRICT, WITHOUT ROWID;
`);
