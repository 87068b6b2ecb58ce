import type { Database } from 'better-sqlite3';
import type { ItemPage } from '../../../shared/model/items';
import { TRUE, and, dateClause, facetClause, type Clause } from './filters';
import { datedBounds, seekMonth } from './page-dates';
import { FEW_MATCHES, idsInRanges, type SearchHits } from './search-hits';
import { datesOfKinds } from './kind-ranges';
import type { QueryPlan } from './query-plan';
import type { ItemCounts } from './item-counts';
import { ROW_COLUMNS, toItemRow, type RawRow } from './rows';

export const MAX_PAGE = 1000;
const DEFAULT_PAGE = 200;
/** Index entries a page may step over when it walks the sort order instead of sorting matches. */
const WALK_BUDGET = 60_000;
/** Undated matches of a flag or level filter read by that filter's index and sorted (see below). */
const UNDATED_SORT_UP_TO = 20_000;
const FILTER_INDEX = { flags: 'items_by_flags_date', level: 'items_by_level_date' } as const;
/**
 * Each order lists the columns of the index it walks, ending with the id: ties are broken the same
 * way whether a page walks that index or sorts its matches, so consecutive pages never repeat or
 * skip an item. Undated items (likes) have no order of their own; they follow the kind and date
 * index (kind, then the filter columns, then id), so a deep page steps through a compact index.
 */
const DATED_ORDER = ['created_at', 'kind', 'post_types', 'channels', 'flags', 'level', 'visibility', 'id'];
const UNDATED_ORDER = ['kind', 'post_types', 'channels', 'flags', 'level', 'visibility', 'id'];
const LEVEL_ORDER = ['level', 'created_at', 'kind', 'post_types', 'channels', 'flags', 'visibility', 'id'];

const orderBy = (columns: readonly string[], dir: 'ASC' | 'DESC') =>
  columns.map((c) => `i.${c} ${dir}`).join(', ');

function page(
  db: Database,
  from: string,
  where: Clause,
  order: string,
  limit: number,
  offset: number,
): RawRow[] {
  if (limit <= 0) return [];
  return db
    .prepare(`SELECT ${ROW_COLUMNS} FROM ${from} WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...where.params, limit, offset) as RawRow[];
}

/**
 * One page of the Browse list. Date order lists dated items first (by date) and then the undated
 * ones (likes), each part walking its index, so the page never sorts the whole table.
 */
export function queryItemPage(
  db: Database,
  plan: QueryPlan,
  counts: ItemCounts,
  hits: SearchHits | null,
): ItemPage {
  const started = performance.now();
  const { q, ranges, range } = plan;
  const allItems = ranges ? ranges.reduce((n, r) => n + r.n, 0) : counts.total;
  const limit = Math.max(0, Math.min(MAX_PAGE, Math.floor(q.limit ?? DEFAULT_PAGE)));
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const words = hits ? (plan.fts?.words ?? null) : null;
  const sort = q.sort ?? 'dateDesc';
  // Few matches: read them from the cached ids (the outer loop) and sort them.
  const sortMatches = hits !== null && hits.size <= FEW_MATCHES;
  const from = sortMatches ? `temp.${hits.table} h CROSS JOIN items i ON i.id = h.id` : 'items i';
  // When matches are common enough that walking the index of the sort order meets a page's worth
  // soon, walk it and keep the matching rows (the `+` keeps SQLite from driving the query by another
  // index). When they are rare, let SQLite find them by their most selective index and sort them.
  const walk = ((offset + limit) * allItems) / Math.max(1, counts.total) < WALK_BUDGET;
  const levels: Clause =
    sort === 'levelDesc' && !q.levels?.length ? { sql: 'i.level IN (2, 1, 0)', params: [] } : TRUE;
  const flagValues = plan.flagValues();
  /** The facet filters; walking, all but `indexOn` are kept off indexes. */
  const facets = (walkPart: boolean, indexOn?: 'flags' | 'level') =>
    facetClause(q, 'i', {
      noIndex: walkPart,
      ...(indexOn ? { indexOn } : sort === 'levelDesc' ? { indexOn: 'level' } : {}),
      ...((!walkPart || indexOn === 'flags') && flagValues ? { flagValues } : {}),
    });
  // Walking, the kind filter keeps the chosen kinds: the test is on all the cached ids, which SQLite
  // probes in place (restricting them to ranges in a subquery would copy them first).
  const base = and(
    !hits
      ? TRUE
      : sortMatches
        ? idsInRanges(hits, 'h.id')
        : { sql: `+i.id IN temp.${hits.table}`, params: [] },
    levels,
  );
  // Undated items are ordered by their filter columns, so the matches of a flag or level filter are
  // bunched, not spread along the walk: when they are few, read them by that filter's index instead.
  const undatedMatches = counts.total - counts.dated;
  const undatedIndex =
    walk && !hits && undatedMatches <= UNDATED_SORT_UP_TO
      ? flagValues
        ? 'flags'
        : q.levels?.length
          ? 'level'
          : undefined
      : undefined;
  let raw: RawRow[];
  if (offset >= counts.total) {
    raw = [];
  } else if (sort === 'levelDesc') {
    // Within a level, dated items come first, then undated ones: when the matches are all of one
    // sort, the walk seeks straight to that part of each level instead of stepping over the other.
    const onePart: Clause =
      counts.dated === 0
        ? { sql: 'i.created_at IS NULL', params: [] }
        : counts.dated === counts.total
          ? { sql: 'i.created_at IS NOT NULL', params: [] }
          : TRUE;
    const where = and(base, facets(walk), onePart, dateClause(range, 'i'));
    raw = page(db, from, where, orderBy(LEVEL_ORDER, 'DESC'), limit, offset);
  } else {
    const dir = sort === 'dateAsc' ? 'ASC' : 'DESC';
    const seek = seekMonth(counts, offset, dir === 'ASC');
    const datedPart = page(
      db,
      from,
      and(base, facets(walk), datedBounds(range, datesOfKinds(ranges, q.kinds), seek)),
      orderBy(DATED_ORDER, dir),
      Math.min(limit, counts.dated - offset),
      seek.offset,
    );
    const rest = limit - datedPart.length;
    const undatedPart = page(
      db,
      // Named: the date index gives this order without a sort, which SQLite would otherwise prefer.
      undatedIndex ? `items i INDEXED BY ${FILTER_INDEX[undatedIndex]}` : from,
      and(
        base,
        facets(walk, undatedIndex),
        { sql: 'i.created_at IS NULL', params: [] },
        dateClause(range, 'i'),
      ),
      orderBy(UNDATED_ORDER, dir),
      Math.min(rest, counts.total - counts.dated),
      Math.max(0, offset - counts.dated),
    );
    raw = datedPart.concat(undatedPart);
  }
  return {
    rows: raw.map((r) => toItemRow(r, words)),
    total: counts.total,
    offset,
    kindCounts: counts.kindCounts,
    tookMs: performance.now() - started,
  };
}
