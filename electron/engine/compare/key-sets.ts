/**
 * What identifies a counted thing across two archives: a post by its id, a like by the liked post's
 * id, a follower by their account id... Each table set lists the count keys taken over its table
 * (summary/counts.ts) with the condition a row meets to count, so removed + kept equals the older
 * archive's count. A row is matched by its key alone; which counts it falls under (reply, quote...)
 * comes from the archive it is counted in.
 */
import type { CountKey } from '../../../shared/model/compare';

type Condition = ((r: string) => string) | null;

export interface TableSet {
  /** FROM over schema `s`, rows aliased `r` (a Grok message's item as `r`i). */
  from(s: string, r: string): string;
  /** Rows `r` and `o` are the same thing (indexed columns: each probe is a b-tree search). */
  same(r: string, o: string): string;
  /** The id printed on request. */
  id(r: string): string;
  keys: ReadonlyArray<readonly [CountKey, Condition]>;
}

function byColumn(table: string, column: string, keys: TableSet['keys']): TableSet {
  return {
    from: (s, r) => `${s}.${table} ${r}`,
    same: (r, o) => `${r}.${column} = ${o}.${column}`,
    id: (r) => `${r}.${column}`,
    keys,
  };
}

const relation = (kind: string) => (r: string) => `${r}.kind = '${kind}'`;

export const TABLE_SETS: readonly TableSet[] = [
  byColumn('posts', 'tweet_id', [
    ['posts', null],
    ['reposts', (r) => `${r}.is_repost = 1`],
    ['replies', (r) => `${r}.is_repost = 0 AND ${r}.reply_to_status_id IS NOT NULL`],
    ['quotes', (r) => `${r}.is_repost = 0 AND ${r}.is_quote = 1`],
  ]),
  byColumn('likes', 'tweet_id', [['likes', null]]),
  byColumn('notes', 'note_id', [['longPosts', null]]),
  byColumn('community_posts', 'tweet_id', [['communityPosts', null]]),
  byColumn('deleted_posts', 'tweet_id', [['deletedPosts', null]]),
  // A Grok message has no id of its own: its chat, time, sender and text identify it.
  {
    from: (s, r) => `${s}.grok_messages ${r} JOIN ${s}.items ${r}i ON ${r}i.id = ${r}.item_id`,
    same: (r, o) =>
      `${r}.chat_id IS ${o}.chat_id AND ${r}i.created_at IS ${o}i.created_at AND ${r}.sender IS ${o}.sender ` +
      `AND ${r}i.text IS ${o}i.text`,
    id: (r) => `coalesce(${r}.chat_id, '') || '@' || coalesce(${r}i.created_at, '')`,
    keys: [['grokMessages', null]],
  },
  byColumn('dm_messages', 'message_id', [['directMessages', null]]),
  {
    ...byColumn('relations', 'account_id', [
      ['followers', relation('follower')],
      ['following', relation('following')],
      ['blocks', relation('block')],
      ['mutes', relation('mute')],
    ]),
    same: (r, o) => `${r}.kind = ${o}.kind AND ${r}.account_id = ${o}.account_id`,
  },
  byColumn('bookmarks', 'tweet_id', [['bookmarks', null]]),
];

function inOther(set: TableSet, other: string): string {
  return `EXISTS (SELECT 1 FROM ${set.from(other, 'y')} WHERE ${set.same('y', 'x')})`;
}

/**
 * One pass over the table in `s`, one indexed probe into `other` per row: per count key, how many
 * rows `other` has too (`in<i>`) and how many it lacks (`out<i>`). `LIMIT -1` keeps SQLite from
 * flattening the subquery, which would copy the probe into every sum (three times slower).
 */
export function tallySql(set: TableSet, s: string, other: string): string {
  const flags = set.keys.map(([, c], i) => `(${c ? c('x') : '1'}) AS c${i}`).join(', ');
  const sums = set.keys
    .map((_, i) => `total(c${i} * e) AS in${i}, total(c${i} * (1 - e)) AS out${i}`)
    .join(', ');
  return `SELECT ${sums} FROM (SELECT ${flags}, ${inOther(set, other)} AS e FROM ${set.from(s, 'x')} LIMIT -1)`;
}

/** The ids of one count key's rows in `s` that `other` has too (or, with `missing`, lacks). */
export function idsSql(
  set: TableSet,
  condition: Condition,
  s: string,
  other: string,
  missing: boolean,
): string {
  const own = condition ? `${condition('x')} AND ` : '';
  return `SELECT ${set.id('x')} FROM ${set.from(s, 'x')} WHERE ${own}${missing ? 'NOT ' : ''}${inOther(set, other)}`;
}
