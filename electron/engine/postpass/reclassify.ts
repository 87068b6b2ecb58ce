import type { Database } from 'better-sqlite3';
import type { ClassifyContext } from '../../../shared/exposure/types';
import { classifyItem } from '../../../shared/exposure/classify';
import { ReasonStore, classificationColumns } from '../ingest/item-sink';
import { classifyInputOfRow, selectInputBatch, selectInputsByIds, type InputRow } from './classify-input';

const BATCH = 5000;

function updater(db: Database, ctx: ClassifyContext) {
  const reasons = new ReasonStore(db);
  const update = db.prepare(
    `UPDATE items SET channels = ?, flags = ?, level = ?, visibility = ?, public_since_cutoff = ?, reasons_id = ?,
       evidence = ? WHERE id = ?`,
  );
  return (rows: InputRow[]) => {
    for (const row of rows) {
      const c = classifyItem(classifyInputOfRow(row), ctx);
      update.run(...classificationColumns(c, reasons), row.id);
    }
  };
}

/**
 * Re-runs the exposure model on the given items (after their text or type changed). `owner` is the
 * archive owner's account id (a DM is the owner's own writing when they sent it).
 */
export function reclassifyIds(
  db: Database,
  ctx: ClassifyContext,
  ids: readonly number[],
  owner: string | null = null,
): void {
  const apply = updater(db, ctx);
  for (let i = 0; i < ids.length; i += BATCH) apply(selectInputsByIds(db, owner, ids.slice(i, i + BATCH)));
}

/** Re-runs the exposure model on every item (after the user corrected the protected history). */
export function reclassifyAll(db: Database, ctx: ClassifyContext, owner: string | null = null): void {
  const apply = updater(db, ctx);
  let after = 0;
  for (;;) {
    const rows = selectInputBatch(db, owner, after, BATCH);
    if (rows.length === 0) return;
    db.transaction(() => apply(rows))();
    after = rows[rows.length - 1]!.id;
  }
}
