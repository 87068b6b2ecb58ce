import type { Database } from 'better-sqlite3';
import type { ItemPage, ItemQuery } from '../../../shared/model/items';
import { flagMask } from '../db/bits';
import { TRUE, and, dateClause, dateRange, facetClause, ftsQuery, type Clause } from './filters';
import type { SearchHits } from './search-hits';
import type { ItemCounts } from './item-counts';
import { ROW_COLUMNS, toItemRow, type RawRow } from './rows';

export const MAX_PAGE = 1000;
const DEFAULT_PAGE = 200;
const FEW_MATCHES = 3000;
const MAX_FLAG_VALUES = 256;

/** The distinct flag sets stored that include one of the flags in `mask`, or undefined when too many. */
function flagValuesOf(db: Database, mask: number): number[] | undefined {
  const values = db
    .prepare('SELECT DISTINCT flags FROM item_facets WHERE (flags & ?) != 0')
    .pluck()
    .all(mask) as number[];
  if (values.length === 0) return [-1];
  return values.length <= MAX_FLAG_VALUES ? values : undefined;
}

/** Index entries a page may step over when it walks the sort order instead of sorting matches. */
const WALK_BUDGET = 60_000;
/**
 * Undated items (likes) have no order of their own; they follow the covering date index (kind,
 * then the filter columns, then id), so a deep page steps through a compact index without sorting.
 */
const UNDATED_ORDER = ['kind', 'post_types', 'channels', 'flags', 'level', 'visibility', 'id'];

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

const monthStart = (month: string) => `${month}-01T00:00:00.000Z`;

/**
 * A page in date order starts in some month: with the per-month counts, the query can start at that
 * month's boundary (an index seek) and skip only the items inside it, instead of stepping over every
 * earlier item.
 */
function seekMonth(
  counts: ItemCounts,
  offset: number,
  ascending: boolean,
): { clause: Clause; offset: number } {
  const none = { clause: { sql: '1', params: [] }, offset };
  if (!counts.months) return none;
  const months = ascending ? counts.months : [...counts.months].reverse();
  let before = 0;
  for (let i = 0; i < months.length; i++) {
    const m = months[i]!;
    if (before + m.n > offset) {
      // Ascending, even the first page starts at the first month holding a match (kinds such as
      // DMs or Grok chats are recent: walking from the oldest post would step over years of others).
      if (i === 0 && !ascending) return none;
      if (ascending)
        return {
          clause: { sql: 'i.created_at >= ?', params: [monthStart(m.month)] },
          offset: offset - before,
        };
      const next = months[i - 1]!.month;
      return { clause: { sql: 'i.created_at < ?', params: [monthStart(next)] }, offset: offset - before };
    }
    before += m.n;
  }
  return none;
}

/**
 * One page of the Browse list. Date order lists dated items first (by date) and then the undated
 * ones (likes), each part walking its index, so the page never sorts the whole table.
 */
export function queryItemPage(
  db: Database,
  q: ItemQuery,
  counts: ItemCounts,
  hits: SearchHits | null,
  allItems: number,
): ItemPage {
  const started = performance.now();
  const limit = Math.max(0, Math.min(MAX_PAGE, Math.floor(q.limit ?? DEFAULT_PAGE)));
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const words = hits ? (ftsQuery(q.text)?.words ?? null) : null;
  const from = 'items i';
  const sort = q.sort ?? 'dateDesc';
  // When matches are common enough that walking the index of the sort order meets a page's worth
  // soon, walk it and keep the matching rows (the `+` keeps SQLite from driving the query by another
  // index). When they are rare, let SQLite find them by their most selective index and sort them.
  const walk = ((offset + limit) * allItems) / Math.max(1, counts.total) < WALK_BUDGET;
  const levels: Clause =
    sort === 'levelDesc' && !q.levels?.length ? { sql: 'i.level IN (2, 1, 0)', params: [] } : TRUE;
  const base = and(
    hits
      ? { sql: `${counts.total <= FEW_MATCHES ? '' : '+'}i.id IN (${hits.idsSql})`, params: hits.params }
      : TRUE,
    facetClause(q, 'i', {
      noIndex: walk,
      ...(sort === 'levelDesc' ? { indexOn: 'level' } : {}),
      ...(!walk && q.flags?.length ? { flagValues: flagValuesOf(db, flagMask(q.flags)) } : {}),
    }),
    levels,
    dateClause(dateRange(q), 'i'),
  );
  let raw: RawRow[];
  if (offset >= counts.total) {
    raw = [];
  } else if (sort === 'levelDesc') {
    raw = page(db, from, base, 'i.level DESC, i.created_at DESC', limit, offset);
  } else {
    const dir = sort === 'dateAsc' ? 'ASC' : 'DESC';
    const seek = seekMonth(counts, offset, dir === 'ASC');
    const datedPart = page(
      db,
      from,
      and(base, { sql: 'i.created_at IS NOT NULL', params: [] }, seek.clause),
      `i.created_at ${dir}`,
      Math.min(limit, counts.dated - offset),
      seek.offset,
    );
    const rest = limit - datedPart.length;
    const undatedPart = page(
      db,
      from,
      and(base, { sql: 'i.created_at IS NULL', params: [] }),
      UNDATED_ORDER.map((c) => `i.${c} ${dir}`).join(', '),
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
