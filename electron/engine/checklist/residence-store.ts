/** Reads and writes where the person says they live, per account, in the library database. */
import type { Database } from 'better-sqlite3';
import { isResidence, type Residence } from '../../../shared/checklist/rights/residence';

export function readResidence(db: Database, accountId: string): Residence | null {
  const value = db
    .prepare('SELECT residence FROM account_residence WHERE account_id = ?')
    .pluck()
    .get(accountId);
  return isResidence(value) ? value : null;
}

/** null forgets the answer, so the checklist asks again. */
export function writeResidence(
  db: Database,
  accountId: string,
  residence: Residence | null,
  at: string,
): void {
  if (residence === null) {
    db.prepare('DELETE FROM account_residence WHERE account_id = ?').run(accountId);
    return;
  }
  db.prepare(
    `INSERT INTO account_residence (account_id, residence, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (account_id) DO UPDATE SET residence = excluded.residence, updated_at = excluded.updated_at`,
  ).run(accountId, residence, at);
}

/** Removes an account's answer, when its last archive is forgotten. */
export function deleteResidence(db: Database, accountId: string): number {
  return db.prepare('DELETE FROM account_residence WHERE account_id = ?').run(accountId).changes;
}
