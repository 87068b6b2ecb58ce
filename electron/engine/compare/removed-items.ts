/**
 * The items of the older archive (`main`) that the newer one (`b`) no longer has, newest first: what
 * a person sees go after deleting. Matched by the same keys the counts use (key-sets), so the list
 * agrees with the "removed" column. DM text stays hidden, as everywhere.
 */
import type { Database } from 'better-sqlite3';
import type { RemovedItems } from '../../../shared/model/compare';
import { ROW_COLUMNS, toItemRow, type RawRow } from '../queries/rows';
import { TABLE_SETS, type TableSet } from './key-sets';

/** The table sets whose rows are items (people and long-post notes are not). */
const ITEM_TABLES = new Set([
  'posts',
  'likes',
  'community_posts',
  'deleted_posts',
  'grok_messages',
  'dm_messages',
]);

function isItemSet(set: TableSet): boolean {
  const table = /\.(\w+) x\b/.exec(set.from('main', 'x'))?.[1];
  return table !== undefined && ITEM_TABLES.has(table);
}

export function removedItems(db: Database, limit: number): RemovedItems {
  const sets = TABLE_SETS.filter(isItemSet);
  const gone = sets
    .map(
      (set) =>
        `SELECT x.item_id FROM ${set.from('main', 'x')} WHERE NOT EXISTS (SELECT 1 FROM ${set.from('b', 'y')} WHERE ${set.same('y', 'x')})`,
    )
    .join(' UNION ALL ');
  const total = (db.prepare(`SELECT count(*) AS n FROM (${gone})`).get() as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT ${ROW_COLUMNS} FROM main.items i WHERE i.id IN (${gone})
       ORDER BY i.created_at IS NULL, i.created_at DESC, i.id LIMIT ?`,
    )
    .all(limit) as RawRow[];
  return { total, sample: rows.map((r) => toItemRow(r, null)) };
}
