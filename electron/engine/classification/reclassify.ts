import type { Database } from 'better-sqlite3';
import type { ClassifyContext } from '../../../shared/exposure/types';
import { classifyItem } from '../../../shared/exposure/classify';
import type { Classifier } from '../ingest/classifier';
import { ReasonStore } from './reasons';
import { classificationColumns, prepareClassificationUpdate } from './stored-columns';
import { classifyInputOfRow, selectInputBatch, selectInputsByIds, type InputRow } from './stored-input';

const BATCH = 5000;

function updater(db: Database, ctx: ClassifyContext) {
  const reasons = new ReasonStore(db);
  const update = prepareClassificationUpdate(db);
  return (rows: InputRow[]) => {
    for (const row of rows) {
      const c = classifyItem(classifyInputOfRow(row), ctx);
      update.run(...classificationColumns(c, reasons.idFor(c)), row.id);
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

/**
 * The same through an import's classifier: the thread that already holds the language detector (the
 * classification worker of a large import) does the work, so the import's own thread never loads it.
 * Run it inside a transaction. `owner` as for `reclassifyIds`.
 */
export async function reclassifyIdsWith(
  db: Database,
  classifier: Classifier,
  ids: readonly number[],
  owner: string | null = null,
): Promise<void> {
  const update = prepareClassificationUpdate(db);
  for (let i = 0; i < ids.length; i += BATCH) {
    for (const row of selectInputsByIds(db, owner, ids.slice(i, i + BATCH)))
      classifier.submit(classifyInputOfRow(row), (cols) => update.run(...cols, row.id));
    await classifier.drain();
  }
}

/** Told after each batch: items done and in all; it may throw to stop (the caller's transaction rolls back). */
export type BatchDone = (done: number, total: number) => void;

/**
 * Re-runs the exposure model on every item (after the user corrected the protected history, or changed
 * what counts as sensitive). Run it inside a transaction: stopped half way, nothing is changed.
 */
export function reclassifyAll(
  db: Database,
  ctx: ClassifyContext,
  owner: string | null = null,
  onBatch?: BatchDone,
): void {
  const apply = updater(db, ctx);
  const total = onBatch ? (db.prepare('SELECT count(*) FROM items').pluck().get() as number) : 0;
  let after = 0;
  let done = 0;
  for (;;) {
    const rows = selectInputBatch(db, owner, after, BATCH);
    if (rows.length === 0) return;
    apply(rows);
    after = rows[rows.length - 1]!.id;
    done += rows.length;
    onBatch?.(done, total);
  }
}
