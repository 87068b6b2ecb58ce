import type { Database } from 'better-sqlite3';
import { TRUE, and, dateClause, facetClause } from './filters';
import type { QueryPlan } from './query-plan';
import type { SearchHits } from './search-hits';

/**
 * The ids of every item matching the Browse filters and search, in id order: what "select all"
 * selects, read in one query instead of page by page.
 */
export function matchingIds(db: Database, plan: QueryPlan, hits: SearchHits | null): number[] {
  const where = and(
    hits ? { sql: `i.id IN temp.${hits.table}`, params: [] } : TRUE,
    facetClause(plan.q, 'i'),
    dateClause(plan.range, 'i'),
  );
  return db
    .prepare(`SELECT i.id FROM items i WHERE ${where.sql} ORDER BY i.id`)
    .pluck()
    .all(...where.params) as number[];
}
