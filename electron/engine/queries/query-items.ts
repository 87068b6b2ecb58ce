import type { Database } from 'better-sqlite3';
import type { ItemPage, ItemQuery } from '../../../shared/model/items';
import { and, dateClause, dateRange, facetClause, ftsQuery, type Clause } from './filters';
import type { ItemCounts } from './item-counts';
import { ROW_COLUMNS, toItemRow, type RawRow } from './rows';

export const MAX_PAGE = 1000;
const DEFAULT_PAGE = 200;

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
export function queryItemPage(db: Database, q: ItemQuery, counts: ItemCounts): ItemPage {
  const started = performance.now();
  const limit = Math.max(0, Math.min(MAX_PAGE, Math.floor(q.limit ?? DEFAULT_PAGE)));
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const fts = ftsQuery(q.text);
  const from = fts ? 'items_fts JOIN items i ON i.id = items_fts.rowid' : 'items i';
  const base = and(
    fts ? { sql: 'items_fts MATCH ?', params: [fts.match] } : { sql: '1', params: [] },
    facetClause(q, 'i'),
    dateClause(dateRange(q), 'i'),
  );
  let raw: RawRow[];
  const sort = q.sort ?? 'dateDesc';
  if (sort === 'levelDesc') {
    raw = page(db, from, base, 'i.level DESC, i.created_at DESC', limit, offset);
  } else {
    const dir = sort === 'dateAsc' ? 'ASC' : 'DESC';
    const datedPart = page(
      db,
      from,
      and(base, { sql: 'i.created_at IS NOT NULL', params: [] }),
      `i.created_at ${dir}`,
      Math.min(limit, counts.dated - offset),
      offset,
    );
    const rest = limit - datedPart.length;
    const undatedPart = page(
      db,
      from,
      and(base, { sql: 'i.created_at IS NULL', params: [] }),
      `i.id ${dir}`,
      Math.min(rest, counts.total - counts.dated),
      Math.max(0, offset - counts.dated),
    );
    raw = datedPart.concat(undatedPart);
  }
  const words = fts ? fts.words : null;
  return {
    rows: raw.map((r) => toItemRow(r, words)),
    total: counts.total,
    offset,
    kindCounts: counts.kindCounts,
    tookMs: performance.now() - started,
  };
}
