import type { Database } from 'better-sqlite3';
import type { ItemQuery } from '../../../shared/model/items';
import type { Flag } from '../../../shared/model/kinds';
import { quoteTerm } from './search-match';
import { channelMask, flagMask, levelRank, postTypeMask } from '../db/bits';

/** A WHERE clause with its parameters. */
export interface Clause {
  sql: string;
  params: unknown[];
}

export const TRUE: Clause = { sql: '1', params: [] };

export function and(...clauses: Clause[]): Clause {
  const kept = clauses.filter((c) => c.sql !== '1');
  if (kept.length === 0) return TRUE;
  return { sql: kept.map((c) => `(${c.sql})`).join(' AND '), params: kept.flatMap((c) => c.params) };
}

function inList(column: string, values: readonly unknown[]): Clause {
  return { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: [...values] };
}

/**
 * Filters on the columns that `items` and `item_facets` share (kind, post types, channels, flags,
 * level, visibility). Within a facet, any selected value matches; facets combine with AND. An empty
 * or absent list does not filter.
 */
export function facetClause(
  q: ItemQuery,
  alias = '',
  opts: { noIndex?: boolean; indexOn?: string; flagValues?: readonly number[] } = {},
): Clause {
  // `+col` keeps SQLite from choosing an index on that column (see queryItemPage).
  const col = (name: string) =>
    `${opts.noIndex && name !== opts.indexOn ? '+' : ''}${alias ? `${alias}.${name}` : name}`;
  const parts: Clause[] = [];
  if (q.kinds?.length) parts.push(inList(col('kind'), q.kinds));
  if (q.postTypes?.length)
    parts.push({ sql: `(${col('post_types')} & ?) != 0`, params: [postTypeMask(q.postTypes)] });
  if (q.channels?.length)
    parts.push({ sql: `(${col('channels')} & ?) != 0`, params: [channelMask(q.channels)] });
  if (q.flags?.length) {
    // The exact flag sets present in the archive that carry a chosen flag: the same rows, but a form
    // the flags index can seek on (sensitive items are few, so that beats scanning a date index).
    if (opts.flagValues) parts.push(inList(col('flags'), opts.flagValues));
    else parts.push({ sql: `(${col('flags')} & ?) != 0`, params: [flagMask(q.flags)] });
  }
  if (q.levels?.length) parts.push(inList(col('level'), q.levels.map(levelRank)));
  if (q.visibilities?.length) parts.push(inList(col('visibility'), q.visibilities));
  return and(...parts);
}

const MAX_FLAG_VALUES = 256;

/**
 * The distinct flag sets stored that include one of the flags, or undefined when there are too
 * many: as `flags IN (...)`, the same rows as the bit test, in a form the flags index can seek on.
 */
export function flagValuesOf(db: Database, flags: readonly Flag[]): number[] | undefined {
  const values = db
    .prepare('SELECT DISTINCT flags FROM item_facets WHERE (flags & ?) != 0')
    .pluck()
    .all(flagMask(flags)) as number[];
  if (values.length === 0) return [-1];
  return values.length <= MAX_FLAG_VALUES ? values : undefined;
}

export interface DateRange {
  from: string | null;
  to: string | null;
}

/** Inclusive bounds as full ISO strings: a bare `yyyy-mm-dd` covers its whole UTC day. */
export function dateRange(q: ItemQuery): DateRange {
  const norm = (v: string | undefined, end: boolean): string | null => {
    if (!v) return null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return `${v}T${end ? '23:59:59.999' : '00:00:00.000'}Z`;
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  };
  return { from: norm(q.from, false), to: norm(q.to, true) };
}

/** The first instant of a `YYYY-MM` month, as stored dates are written. */
export const monthStart = (month: string): string => `${month}-01T00:00:00.000Z`;

export function dateClause(range: DateRange, alias = ''): Clause {
  const col = alias ? `${alias}.created_at` : 'created_at';
  const parts: Clause[] = [];
  if (range.from) parts.push({ sql: `${col} >= ?`, params: [range.from] });
  if (range.to) parts.push({ sql: `${col} <= ?`, params: [range.to] });
  return and(...parts);
}

/** What the index's tokenizer (unicode61) keeps inside a word: letters, digits, marks, private use. */
const WORD_CHARS = '\\p{L}\\p{N}\\p{Mn}\\p{Co}';
const WORDS = new RegExp(`[${WORD_CHARS}]+`, 'gu');
export const WORD_CHAR = new RegExp(`[${WORD_CHARS}]`, 'u');

/**
 * The user's words as an FTS5 query: each word quoted (so no FTS syntax gets through), all words
 * required, the last one as a prefix (search as you type). Null when there are no words. Words are
 * split where the index's tokenizer (unicode61) splits them: a quoted string it would cut in two is
 * a phrase, which an index without positions (detail=none) refuses, so `_` separates words here too.
 */
export function ftsQuery(text: string | undefined): { match: string; words: string[] } | null {
  if (!text) return null;
  const words = text.toLowerCase().match(WORDS);
  if (!words || words.length === 0) return null;
  const quoted = words.map(quoteTerm);
  quoted[quoted.length - 1] += '*';
  return { match: quoted.join(' '), words };
}
