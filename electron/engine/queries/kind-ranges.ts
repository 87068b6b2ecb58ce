import type { Database } from 'better-sqlite3';
import type { ItemKind } from '../../../shared/model/kinds';
import { META, getMeta } from '../db/meta';
import type { ItemCounts } from './item-counts';

/** The id range of one kind's items. Files are read type by type, so each kind's ids are contiguous. */
export interface KindRange {
  kind: ItemKind;
  lo: number;
  hi: number;
  n: number;
  dated: number;
}

/** The ranges, sorted, or null when two kinds' ids interleave (then the fast count does not apply). */
export function computeKindRanges(db: Database): KindRange[] | null {
  const ranges = db
    .prepare(
      'SELECT kind, min(id) AS lo, max(id) AS hi, count(*) AS n, count(created_at) AS dated FROM items GROUP BY kind ORDER BY lo',
    )
    .all() as KindRange[];
  for (let i = 1; i < ranges.length; i++) if (ranges[i]!.lo <= ranges[i - 1]!.hi) return null;
  return ranges;
}

/**
 * Counts full-text matches per kind straight from the FTS index (one pass, no lookups of item rows),
 * when the only other filter is the kind and each kind is wholly dated or wholly undated.
 */
export function ftsKindCounts(
  db: Database,
  match: string,
  kinds: readonly ItemKind[] | undefined,
): ItemCounts | null {
  const all = getMeta<KindRange[] | null>(db, META.kindRanges);
  if (!all) return null;
  const ranges = kinds?.length ? all.filter((r) => kinds.includes(r.kind)) : all;
  if (ranges.some((r) => r.dated !== 0 && r.dated !== r.n)) return null;
  const out: ItemCounts = { total: 0, dated: 0, kindCounts: {} };
  if (ranges.length === 0) return out;
  const sums = ranges.map(() => 'sum(rowid BETWEEN ? AND ?)').join(', ');
  const row = db
    .prepare(`SELECT ${sums} FROM items_fts WHERE items_fts MATCH ?`)
    .raw()
    .get(...ranges.flatMap((r) => [r.lo, r.hi]), match) as Array<number | null>;
  ranges.forEach((r, i) => {
    const n = row[i] ?? 0;
    if (n === 0) return;
    out.kindCounts[r.kind] = n;
    out.total += n;
    if (r.dated === r.n) out.dated += n;
  });
  return out;
}
