/** Reads and writes checklist progress in the library database. A step set back to "todo" has no row. */
import type { Database } from 'better-sqlite3';
import { STEP_IDS, type StepId, type StepProgress, type StepStatus } from '../../../shared/checklist/types';

interface Row {
  step_id: string;
  status: StepStatus;
  updated_at: string;
}

const KNOWN_STEPS: ReadonlySet<string> = new Set(STEP_IDS);

export function readProgress(db: Database, accountId: string): Partial<Record<StepId, StepProgress>> {
  const rows = db
    .prepare('SELECT step_id, status, updated_at FROM checklist_progress WHERE account_id = ?')
    .all(accountId) as Row[];
  const progress: Partial<Record<StepId, StepProgress>> = {};
  for (const row of rows) {
    // Steps removed from a later version of the checklist are kept in the table but not shown.
    if (KNOWN_STEPS.has(row.step_id))
      progress[row.step_id as StepId] = { status: row.status, updatedAt: row.updated_at };
  }
  return progress;
}

export function writeProgress(
  db: Database,
  accountId: string,
  stepId: StepId,
  status: StepStatus,
  at: string,
): void {
  if (status === 'todo') {
    db.prepare('DELETE FROM checklist_progress WHERE account_id = ? AND step_id = ?').run(accountId, stepId);
    return;
  }
  db.prepare(
    `INSERT INTO checklist_progress (account_id, step_id, status, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (account_id, step_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at`,
  ).run(accountId, stepId, status, at);
}

/** Removes an account's progress, e.g. when its last archive is forgotten. */
export function deleteProgress(db: Database, accountId: string): number {
  return db.prepare('DELETE FROM checklist_progress WHERE account_id = ?').run(accountId).changes;
}
