/**
 * Recognising which column holds what: by name first (the names bookmark exporters and X's API use),
 * confirmed or found by content (ids, links, dates, handles, prose).
 */
import { BOOKMARK_FIELDS, type BookmarkField, type BookmarkMapping } from '../../../shared/model/bookmarks';
import { handleOf, isPostId, postRefOfUrl } from './post-ref';
import { parseBookmarkDate } from './dates';

const ALIASES: Record<BookmarkField, readonly string[]> = {
  postId: ['tweetid', 'tweetidstr', 'idstr', 'id', 'statusid', 'postid', 'restid', 'bookmarkid'],
  postUrl: [
    'url',
    'tweeturl',
    'posturl',
    'statusurl',
    'link',
    'tweetlink',
    'postlink',
    'permalink',
    'href',
    'expandedurl',
  ],
  text: ['text', 'fulltext', 'tweettext', 'posttext', 'content', 'body', 'tweet', 'post', 'note', 'message'],
  author: [
    'screenname',
    'username',
    'handle',
    'author',
    'authorhandle',
    'authorusername',
    'authorscreenname',
    'userscreenname',
    'user',
    'account',
    'tweetauthor',
    'by',
  ],
  date: [
    'createdat',
    'date',
    'datetime',
    'time',
    'timestamp',
    'tweetdate',
    'postdate',
    'postedat',
    'created',
    'bookmarkedat',
    'bookmarkdate',
    'addedat',
    'savedat',
  ],
};

/** `Tweet URL`, `tweet_url`, `tweet.url` -> `tweeturl` (and the last path segment on its own). */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function lastSegment(name: string): string {
  const dot = name.lastIndexOf('.');
  return normaliseName(dot >= 0 ? name.slice(dot + 1) : name);
}

/** 3: the whole name is an alias; 2: its last dotted segment is; minus a little per nesting level. */
function nameScore(column: string, field: BookmarkField): number {
  const aliases = ALIASES[field];
  const depth = column.split('.').length - 1;
  const whole = aliases.indexOf(normaliseName(column));
  if (whole >= 0) return 3 - whole * 0.01;
  const last = aliases.indexOf(lastSegment(column));
  return last >= 0 ? 2 - depth * 0.1 - last * 0.01 : 0;
}

export function isKnownColumnName(name: string): boolean {
  return BOOKMARK_FIELDS.some((f) => nameScore(name, f) >= 3);
}

const CHECKS: Record<BookmarkField, (v: string) => boolean> = {
  postId: isPostId,
  postUrl: (v) => postRefOfUrl(v) !== null,
  text: (v) => /\S\s+\S/.test(v),
  author: (v) => handleOf(v) !== null,
  date: (v) => parseBookmarkDate(v) !== null,
};

/** Does this cell look like data rather than a header? (used to tell a header row from a first data row) */
export function looksLikeData(cell: string): boolean {
  const v = cell.trim();
  return v.length > 0 && (isPostId(v) || postRefOfUrl(v) !== null || parseBookmarkDate(v) !== null);
}

/** Without a telling name, content alone must be unmistakable: long ids, `@handles`. */
const STRICT_CHECKS: Record<BookmarkField, (v: string) => boolean> = {
  ...CHECKS,
  postId: (v) => /^\d{5,20}$/.test(v.trim()),
  author: (v) => /^@[A-Za-z0-9_]{1,50}$|\(@[A-Za-z0-9_]{1,50}\)$/.test(v.trim()),
};

/** Share of the non-empty sample values that fit the field (0 when all are empty). */
function contentShare(values: readonly string[], check: (v: string) => boolean): number {
  let filled = 0;
  let fit = 0;
  for (const v of values) {
    if (v.trim().length === 0) continue;
    filled++;
    if (check(v)) fit++;
  }
  return filled === 0 ? 0 : fit / filled;
}

const SAMPLE_ROWS = 200;

/**
 * Guesses the mapping: every (field, column) pair scores by name and content; the best pairs win,
 * one column per field and one field per column. A named column must mostly fit its field; an unnamed
 * one must nearly always fit (text: the prose column with the longest cells).
 */
export function guessMapping(columns: readonly string[], rows: readonly string[][]): BookmarkMapping {
  const sample = rows.slice(0, SAMPLE_ROWS);
  const valuesOf = (i: number) => sample.map((r) => r[i] ?? '');
  const candidates: Array<{ field: BookmarkField; column: number; score: number }> = [];
  columns.forEach((column, i) => {
    const values = valuesOf(i);
    const avgLength = values.reduce((n, v) => n + v.length, 0) / Math.max(1, values.length);
    for (const field of BOOKMARK_FIELDS) {
      const byName = nameScore(column, field);
      const share = contentShare(values, (byName > 0 ? CHECKS : STRICT_CHECKS)[field]);
      const empty = values.every((v) => v.trim().length === 0);
      if (byName > 0 && (share >= 0.5 || (empty && field !== 'postId' && field !== 'postUrl'))) {
        candidates.push({ field, column: i, score: byName + share });
      } else if (byName === 0 && share >= 0.9) {
        // Prose: longer cells are more likely the post's text than a title or a name.
        const bonus = field === 'text' ? Math.min(1, avgLength / 200) : 0;
        candidates.push({ field, column: i, score: share + bonus });
      }
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: BookmarkMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue;
    mapping[c.field] = columns[c.column]!;
    used.add(c.column);
  }
  return mapping;
}
