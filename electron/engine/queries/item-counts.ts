import type { Database } from 'better-sqlite3';
import type { ItemKind } from '../../../shared/model/kinds';
import { ftsKindCounts, pickKinds } from './kind-ranges';
import { and, dateClause, facetClause, monthStart, type Clause } from './filters';
import type { QueryPlan } from './query-plan';
import { FEW_MATCHES, type SearchHits } from './search-hits';

export interface ItemCounts {
  total: number;
  /** Items with a date (date order pages these first). */
  dated: number;
  kindCounts: Partial<Record<ItemKind, number>>;
  /** Kinds whose items all have a date (full-text counts from the index only). */
  datedKinds?: ItemKind[];
  /** Dated items per month, oldest first, when known (facet filters only): lets a deep page seek. */
  months?: Array<{ month: string; n: number }>;
}

interface CountRow {
  kind: ItemKind;
  n: number;
  dated: number;
}

function collect(rows: CountRow[], into: ItemCounts): void {
  for (const r of rows) {
    into.total += r.n;
    into.dated += r.dated;
    into.kindCounts[r.kind] = (into.kindCounts[r.kind] ?? 0) + r.n;
  }
}

/** `YYYY-MM` shifted by `delta` months. */
function addMonths(month: string, delta: number): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + delta, 1));
  return d.toISOString().slice(0, 7);
}

/**
 * Splits an inclusive date range into whole months (answered by the facet table) and at most two
 * partial intervals `[lo, hi)` at its edges (answered by an indexed scan of items).
 */
export function splitRange(
  from: string | null,
  to: string | null,
): {
  months: { low: string | null; high: string | null } | null;
  edges: Array<{ lo: string | null; hi: string | null }>;
} {
  const toEnd = to ? new Date(Date.parse(to) + 1).toISOString() : null;
  const lowWhole = from
    ? from === monthStart(from.slice(0, 7))
      ? from.slice(0, 7)
      : addMonths(from.slice(0, 7), 1)
    : null;
  // The month holding the exclusive end is never whole (it is either after the range or partial).
  const highWhole = toEnd ? addMonths(toEnd.slice(0, 7), -1) : null;
  if (lowWhole && highWhole && lowWhole > highWhole)
    return { months: null, edges: [{ lo: from, hi: toEnd }] };
  const edges: Array<{ lo: string | null; hi: string | null }> = [];
  if (from && lowWhole && from !== monthStart(lowWhole)) edges.push({ lo: from, hi: monthStart(lowWhole) });
  if (toEnd && highWhole && toEnd !== monthStart(addMonths(highWhole, 1))) {
    edges.push({ lo: monthStart(addMonths(highWhole, 1)), hi: toEnd });
  }
  return { months: { low: lowWhole, high: highWhole }, edges };
}

/**
 * Counts under the filters, per kind. Without a text search they come from the facet table (whole
 * months) plus an indexed scan of the partial months at the edges of a date range, so they stay
 * fast at a million items. A text search counts the FTS matches.
 */
export function countItems(
  db: Database,
  plan: QueryPlan,
  hits: SearchHits | null,
  ftsMemo?: Map<string, ItemCounts | null>,
): ItemCounts {
  const out: ItemCounts = { total: 0, dated: 0, kindCounts: {} };
  const { q, range } = plan;
  if (hits) {
    const onlyKinds =
      !q.postTypes?.length &&
      !q.channels?.length &&
      !q.flags?.length &&
      !q.levels?.length &&
      !q.visibilities?.length &&
      !range.from &&
      !range.to;
    if (onlyKinds) {
      // Per-kind match counts depend on the words only: computed once per search text.
      let all = ftsMemo?.get(hits.key);
      if (all === undefined) {
        all = ftsKindCounts(db, hits);
        ftsMemo?.set(hits.key, all);
      }
      if (all) return pickKinds(all, q.kinds);
    }
    // Many matches and a filter with an index (flags, levels, dates, kinds): count through that
    // index, testing each entry against the matches (`+`), instead of looking up every match.
    const many = hits.size > FEW_MATCHES;
    const flagValues = many ? plan.flagValues() : undefined;
    const viaIndex =
      many && (!!flagValues || !!q.levels?.length || !!q.kinds?.length || !!range.from || !!range.to);
    const where = and(
      facetClause(q, 'i', viaIndex && flagValues ? { flagValues } : {}),
      dateClause(range, 'i'),
    );
    const rows = db
      .prepare(
        `SELECT i.kind AS kind, count(*) AS n, count(i.created_at) AS dated
         FROM items i WHERE ${viaIndex ? '+' : ''}i.id IN temp.${hits.table} AND ${where.sql} GROUP BY i.kind`,
      )
      .all(...where.params) as CountRow[];
    collect(rows, out);
    return out;
  }
  const facets = facetClause(q);
  const facetSql = (extra: Clause) => {
    const where = and(facets, extra);
    return db
      .prepare(
        `SELECT kind, sum(n) AS n, sum(CASE WHEN month != '' THEN n ELSE 0 END) AS dated
         FROM item_facets WHERE ${where.sql} GROUP BY kind`,
      )
      .all(...where.params) as CountRow[];
  };
  if (!range.from && !range.to) {
    collect(facetSql({ sql: '1', params: [] }), out);
    out.months = db
      .prepare(
        `SELECT month, sum(n) AS n FROM item_facets WHERE ${and(facets, { sql: "month != ''", params: [] }).sql}
         GROUP BY month ORDER BY month`,
      )
      .all(...facets.params) as Array<{ month: string; n: number }>;
    return out;
  }
  const { months, edges } = splitRange(range.from, range.to);
  if (months) {
    const parts: Clause[] = [{ sql: "month != ''", params: [] }];
    if (months.low) parts.push({ sql: 'month >= ?', params: [months.low] });
    if (months.high) parts.push({ sql: 'month <= ?', params: [months.high] });
    collect(facetSql(and(...parts)), out);
  }
  for (const edge of edges) {
    const parts: Clause[] = [facets];
    if (edge.lo) parts.push({ sql: 'created_at >= ?', params: [edge.lo] });
    if (edge.hi) parts.push({ sql: 'created_at < ?', params: [edge.hi] });
    const where = and(...parts);
    const rows = db
      .prepare(
        `SELECT kind, count(*) AS n, count(created_at) AS dated FROM items WHERE ${where.sql} GROUP BY kind`,
      )
      .all(...where.params) as CountRow[];
    collect(rows, out);
  }
  return out;
}
