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
  /** The kind's oldest and newest dates (absent in archives imported before they were kept). */
  first?: string | null;
  last?: string | null;
}

/** The ranges, sorted, or null when two kinds' ids interleave (then the fast count does not apply). */
export function computeKindRanges(db: Database): KindRange[] | null {
  const ranges = db
    .prepare(
      `SELECT kind, min(id) AS lo, max(id) AS hi, count(*) AS n, count(created_at) AS dated,
         min(created_at) AS first, max(created_at) AS last
       FROM items GROUP BY kind ORDER BY lo`,
    )
    .all() as KindRange[];
  for (let i = 1; i < ranges.length; i++) if (ranges[i]!.lo <= ranges[i - 1]!.hi) return null;
  return ranges;
}

/**
 * Full-text matches per kind, from the counts taken when the search ran, when each kind is wholly
 * dated or wholly undated; null otherwise. Counts every kind: callers keep the result per search
 * and pick the kinds they need (`pickKinds`).
 */
export function ftsKindCounts(db: Database, hits: SearchHits): ItemCounts | null {
  const ranges = getMeta<KindRange[] | null>(db, META.kindRanges);
  if (!ranges || !hits.perKind || ranges.some((r) => r.dated !== 0 && r.dated !== r.n)) return null;
  const out: ItemCounts = { total: 0, dated: 0, kindCounts: {} };
  for (const r of ranges) {
    const n = hits.perKind.get(r.kind) ?? 0;
    if (n > 0) out.kindCounts[r.kind] = n;
  }
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

/**
 * The dates within which the chosen kinds' items fall, when only some kinds are chosen and their
 * dates are known: a page in date order can seek to them instead of stepping over other kinds'
 * items (direct messages, for one, are all recent).
 */
export function datesOfKinds(
  ranges: readonly KindRange[] | null,
  kinds: readonly ItemKind[] | undefined,
): { first: string; last: string } | null {
  const dated = ranges?.filter((r) => r.dated > 0) ?? [];
  const chosen = dated.filter((r) => kinds?.includes(r.kind));
  if (chosen.length === 0 || chosen.length === dated.length) return null;
  if (chosen.some((r) => !r.first || !r.last)) return null;
  return {
    first: chosen.reduce((d, r) => (r.first! < d ? r.first! : d), chosen[0]!.first!),
    last: chosen.reduce((d, r) => (r.last! > d ? r.last! : d), chosen[0]!.last!),
  };
}
