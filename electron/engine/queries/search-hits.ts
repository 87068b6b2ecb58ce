import type { Database } from 'better-sqlite3';
import type { ItemKind } from '../../../shared/model/kinds';
import { TRUE, type Clause } from './filters';
import type { KindRange } from './kind-ranges';
import { searchExpression } from './search-match';

/** The ids matching a full-text search, cached in a temp table on the archive's connection. */
export interface SearchHits {
  /** The search as typed (see ftsQuery): the key of everything cached per search. */
  key: string;
  /** The temp table holding the matching ids (id INTEGER PRIMARY KEY). */
  table: string;
  /** Matches per kind, known when each kind's ids are contiguous (else null). */
  perKind: ReadonlyMap<ItemKind, number> | null;
  /** The id ranges of the chosen kinds, or null for all kinds. */
  ranges: ReadonlyArray<readonly [number, number]> | null;
  /** How many matches the chosen kinds hold. */
  size: number;
}

/**
 * Searches with at most this many matches (in the chosen kinds) are answered from the matches: each
 * looked up (about a microsecond) and sorted or counted. More are found through an index of the
 * sort order or of the filters, testing each entry against the matches.
 */
export const FEW_MATCHES = 3000;

/** Keeps ids in the hits' ranges, on a column holding ids. */
export function idsInRanges(hits: SearchHits, column: string): Clause {
  if (!hits.ranges) return TRUE;
  if (hits.ranges.length === 0) return { sql: '0', params: [] };
  return {
    sql: hits.ranges.map(() => `${column} BETWEEN ? AND ?`).join(' OR '),
    params: hits.ranges.flat(),
  };
}

/**
 * The hits limited to some kinds, by their id ranges (each kind's ids are contiguous), so a search
 * within a few kinds never looks at the matches of the others.
 */
export function hitsOfKinds(
  hits: SearchHits,
  ranges: readonly KindRange[] | null,
  kinds: readonly ItemKind[] | undefined,
): SearchHits {
  if (!ranges || !hits.perKind || !kinds?.length) return hits;
  const wanted = ranges.filter((r) => kinds.includes(r.kind));
  return {
    ...hits,
    ranges: wanted.map((r) => [r.lo, r.hi] as const),
    size: wanted.reduce((n, r) => n + (hits.perKind!.get(r.kind) ?? 0), 0),
  };
}

/** Ids kept across all cached searches (a few bytes each in memory). */
const MAX_CACHED_IDS = 3_000_000;

interface Entry {
  table: string;
  rows: number;
  perKind: ReadonlyMap<ItemKind, number> | null;
}

/**
 * Keeps the ids of recent searches in temp tables on the archive's connection: typing a search,
 * then paging, sorting or changing filters reuses the matches instead of searching again. One
 * cache per connection (temp tables die with it).
 */
export class SearchHitsCache {
  private readonly entries = new Map<string, Entry>();
  private cachedIds = 0;
  private next = 1;

  constructor(private readonly db: Database) {
    db.pragma('temp_store = MEMORY');
  }

  /** The hits of a search: `key` as ftsQuery gives it, `words` its words, `ranges` the kinds' ids. */
  hitsFor(key: string, words: readonly string[], ranges: readonly KindRange[] | null): SearchHits {
    const expression = searchExpression(this.db, words);
    return this.remember(key, (table) =>
      this.fill(
        table,
        expression === null ? null : 'SELECT rowid FROM items_fts WHERE items_fts MATCH ?',
        [expression],
        ranges,
      ),
    );
  }

  /**
   * The messages of some direct-message conversations (found through their index), within a search's
   * hits when there is one: the list then pages and counts them as it does a search's matches.
   */
  conversationHits(
    conversations: readonly string[],
    within: SearchHits | null,
    ranges: readonly KindRange[] | null,
  ): SearchHits {
    const ids = [...new Set(conversations)].sort();
    const key = `conversations:${JSON.stringify(ids)}:${within?.key ?? ''}`;
    return this.remember(key, (table) =>
      this.fill(
        table,
        `SELECT item_id FROM dm_messages WHERE conversation_id IN (SELECT value FROM json_each(?))${
          within ? ` AND item_id IN temp.${within.table}` : ''
        }`,
        [JSON.stringify(ids)],
        ranges,
      ),
    );
  }

  /** The cached entry under `key`, or a new one made by `make`, dropping the oldest past the cap. */
  private remember(key: string, make: (table: string) => Entry): SearchHits {
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
    } else {
      entry = make(`search_hits_${this.next++}`);
      this.cachedIds += entry.rows;
      for (const [oldKey, old] of this.entries) {
        if (this.cachedIds <= MAX_CACHED_IDS) break;
        this.entries.delete(oldKey);
        this.cachedIds -= old.rows;
        this.db.exec(`DROP TABLE temp.${old.table}`);
      }
    }
    this.entries.set(key, entry);
    return { key, table: entry.table, perKind: entry.perKind, ranges: null, size: entry.rows };
  }

  /** Fills a new temp table with the ids `select` gives (none when null), and counts them per kind by their id ranges. */
  private fill(
    table: string,
    select: string | null,
    params: unknown[],
    ranges: readonly KindRange[] | null,
  ): Entry {
    // Without rowid: the ids are the key itself, about a fifth faster to fill.
    this.db.exec(`CREATE TEMP TABLE ${table} (id INTEGER PRIMARY KEY) WITHOUT ROWID`);
    const rows =
      select === null
        ? 0
        : this.db.prepare(`INSERT INTO temp.${table} (id) ${select}`).run(...params).changes;
    if (!ranges) return { table, rows, perKind: null };
    const count = this.db.prepare(`SELECT count(*) FROM temp.${table} WHERE id BETWEEN ? AND ?`).pluck();
    const perKind = new Map(ranges.map((r) => [r.kind, count.get(r.lo, r.hi) as number]));
    return { table, rows, perKind };
  }
}
