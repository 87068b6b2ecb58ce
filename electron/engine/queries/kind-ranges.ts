import type { Database } from 'better-sqlite3';
import type { ItemKind } from '../../../shared/model/kinds';
import { META, getMeta } from '../db/meta';
import type { ItemCounts } from './item-counts';
import type { SearchHits } from './search-hits';

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
 * when each kind is wholly dated or wholly undated; null otherwise. Counts every kind: callers keep
 * the result per search text and pick the kinds they need (`pickKinds`). Kinds have contiguous id
 * ranges, so counting per kind is counting ids per range.
 */
export function ftsKindCounts(db: Database, hits: SearchHits): ItemCounts | null {
  const ranges = getMeta<KindRange[] | null>(db, META.kindRanges);
  if (!ranges || ranges.some((r) => r.dated !== 0 && r.dated !== r.n)) return null;
  const out: ItemCounts = { total: 0, dated: 0, kindCounts: {} };
  if (ranges.length === 0) return out;
  let perKind: Array<number | null>;
  if (hits.table) {
    // Cached ids: a range count on the table's key per kind.
    const count = db.prepare(`SELECT count(*) FROM temp.${hits.table} WHERE id BETWEEN ? AND ?`).pluck();
    perKind = ranges.map((r) => count.get(r.lo, r.hi) as number);
  } else {
    const sums = ranges.map(() => 'sum(rowid BETWEEN ? AND ?)').join(', ');
    perKind = db
      .prepare(`SELECT ${sums} FROM items_fts WHERE items_fts MATCH ?`)
      .raw()
      .get(...ranges.flatMap((r) => [r.lo, r.hi]), hits.match) as Array<number | null>;
  }
  ranges.forEach((r, i) => {
    const n = perKind[i] ?? 0;
    if (n > 0) out.kindCounts[r.kind] = n;
  });
  out.datedKinds = ranges.filter((r) => r.dated > 0).map((r) => r.kind);
  return pickKinds(out, undefined);
}

/** The counts restricted to some kinds (all when none are given). */
export function pickKinds(all: ItemCounts, kinds: readonly ItemKind[] | undefined): ItemCounts {
  const out: ItemCounts = { total: 0, dated: 0, kindCounts: {}, datedKinds: all.datedKinds ?? [] };
  for (const [kind, n] of Object.entries(all.kindCounts) as Array<[ItemKind, number]>) {
    if (kinds?.length && !kinds.includes(kind)) continue;
    out.kindCounts[kind] = n;
    out.total += n;
    if (out.datedKinds!.includes(kind)) out.dated += n;
  }
  return out;
}
