import type { Database } from 'better-sqlite3';
import type { ItemKind } from '../../../shared/model/kinds';
import { FTS_IDS } from './filters';

/** The ids matching a full-text search, as SQL: a cached temp table, or the FTS subquery itself. */
export interface SearchHits {
  match: string;
  /** `SELECT id FROM temp.<table>` or the FTS subquery. */
  idsSql: string;
  params: unknown[];
  /** The temp table holding the ids (id INTEGER PRIMARY KEY), when cached. */
  table: string | null;
}

/**
 * The hits limited to some kinds, by their id ranges (each kind's ids are contiguous), so a search
 * within a few kinds never looks at the matches of the others.
 */
export function hitsOfKinds(
  hits: SearchHits,
  ranges: ReadonlyArray<{ kind: ItemKind; lo: number; hi: number }> | null,
  kinds: readonly ItemKind[] | undefined,
): SearchHits {
  if (!hits.table || !ranges || !kinds?.length) return hits;
  const wanted = ranges.filter((r) => kinds.includes(r.kind));
  const where = wanted.length > 0 ? wanted.map(() => 'id BETWEEN ? AND ?').join(' OR ') : '0';
  return {
    ...hits,
    idsSql: `SELECT id FROM temp.${hits.table} WHERE ${where}`,
    params: wanted.flatMap((r) => [r.lo, r.hi]),
  };
}

export function uncachedHits(match: string): SearchHits {
  return { match, idsSql: FTS_IDS, params: [match], table: null };
}

/** Ids kept across all cached searches (a few bytes each in memory). */
const MAX_CACHED_IDS = 3_000_000;

/**
 * Keeps the ids of recent searches in temp tables on the archive's connection: typing a search,
 * then paging, sorting or changing filters reuses the matches instead of searching again. One
 * cache per connection (temp tables die with it).
 */
export class SearchHitsCache {
  private readonly tables = new Map<string, { table: string; rows: number }>();
  private cachedIds = 0;
  private next = 1;

  constructor(private readonly db: Database) {
    db.pragma('temp_store = MEMORY');
  }

  hitsFor(match: string): SearchHits {
    let entry = this.tables.get(match);
    if (entry) {
      this.tables.delete(match);
    } else {
      const table = `search_hits_${this.next++}`;
      this.db.exec(`CREATE TEMP TABLE ${table} (id INTEGER PRIMARY KEY)`);
      const rows = this.db.prepare(`INSERT INTO temp.${table} (id) ${FTS_IDS}`).run(match).changes;
      entry = { table, rows };
      this.cachedIds += rows;
      for (const [oldMatch, old] of this.tables) {
        if (this.cachedIds <= MAX_CACHED_IDS) break;
        this.tables.delete(oldMatch);
        this.cachedIds -= old.rows;
        this.db.exec(`DROP TABLE temp.${old.table}`);
      }
    }
    this.tables.set(match, entry);
    return { match, idsSql: `SELECT id FROM temp.${entry.table}`, params: [], table: entry.table };
  }
}
