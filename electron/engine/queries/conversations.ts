/**
 * The archive's direct-message conversations, for the Browse filter: who each is with (a handle when
 * the archive names that account anywhere, else its account number) and how many messages it holds,
 * in all and under the list's other filters.
 */
import type { Database } from 'better-sqlite3';
import type { ConversationSummary, ItemQuery } from '../../../shared/model/items';
import { TRUE, and, dateClause, facetClause, ftsQuery } from './filters';
import type { QueryPlan } from './query-plan';
import { FEW_MATCHES, type SearchHits } from './search-hits';

/** The tables of posts that store who a reply answers (their number and handle). */
export const REPLY_TABLES = ['posts', 'community_posts', 'deleted_posts'] as const;

/** The handles replies stored in `table` give for the account numbers in a JSON list (read by an index). */
export const handlesOfRepliesSql = (table: (typeof REPLY_TABLES)[number]): string =>
  `SELECT reply_to_user_id AS id, reply_to_screen_name AS handle FROM ${table}
   WHERE reply_to_user_id IN (SELECT value FROM json_each(?)) AND reply_to_screen_name IS NOT NULL`;

/**
 * Handles the archive gives for account numbers: DMs carry numbers only, but a post replying to
 * someone stores both their number and their handle.
 */
export function knownHandles(db: Database, accountIds: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  if (accountIds.length === 0) return out;
  const ids = JSON.stringify(accountIds);
  for (const table of REPLY_TABLES) {
    const rows = db.prepare(handlesOfRepliesSql(table)).all(ids) as Array<{ id: string; handle: string }>;
    for (const r of rows) if (!out.has(r.id) && r.handle.trim()) out.set(r.id, r.handle.trim());
  }
  return out;
}

function otherPeople(participants: string, ownerId: string): string[] {
  const list = JSON.parse(participants) as unknown;
  return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string' && p !== ownerId) : [];
}

/** Every conversation with messages, the longest first; counts come from the messages themselves. */
export function listConversations(db: Database, ownerId: string): ConversationSummary[] {
  const rows = db
    .prepare(
      `SELECT m.conversation_id AS id, m.n AS n, c.is_group AS isGroup, c.participants AS participants
       FROM (SELECT conversation_id, count(*) AS n FROM dm_messages GROUP BY conversation_id) m
       LEFT JOIN dm_conversations c ON c.conversation_id = m.conversation_id
       ORDER BY m.n DESC, m.conversation_id`,
    )
    .all() as Array<{ id: string; n: number; isGroup: number | null; participants: string | null }>;
  const people = new Map(rows.map((r) => [r.id, otherPeople(r.participants ?? '[]', ownerId)]));
  const oneToOne = rows.filter((r) => r.isGroup !== 1).map((r) => people.get(r.id)![0]);
  const handles = knownHandles(
    db,
    oneToOne.filter((id): id is string => !!id),
  );
  return rows.map((r) => {
    const others = people.get(r.id)!;
    const group = r.isGroup === 1;
    const other = group ? null : (others[0] ?? null);
    return {
      id: r.id,
      group,
      people: others.length,
      handle: other ? (handles.get(other) ?? null) : null,
      accountId: other,
      messages: r.n,
    };
  });
}

/**
 * Whether a query narrows the conversations' messages beyond their totals: any filter but the kinds
 * (which either include direct messages, and so all of them, or hide the conversation filter) and
 * the conversations themselves.
 */
export function narrowsConversations(q: ItemQuery): boolean {
  return (
    !!q.postTypes?.length ||
    !!q.channels?.length ||
    !!q.flags?.length ||
    !!q.levels?.length ||
    !!q.visibilities?.length ||
    !!q.from ||
    !!q.to ||
    ftsQuery(q.text) !== null
  );
}

/**
 * How many messages of each conversation the query's other filters keep (the conversation filter's
 * counts, as the kind checkboxes count what ticking each would list). `hits`: the query's search
 * matches, when it has a search. Conversations with none kept are left out.
 */
export function conversationCounts(
  db: Database,
  plan: QueryPlan,
  hits: SearchHits | null,
): Record<string, number> {
  const q: ItemQuery = { ...plan.q, kinds: undefined, conversations: undefined };
  // Many matches: go through the messages (one pass over them), testing each against the matches
  // (`+`), instead of looking up every match (at a million items, 0.6 s for a common word).
  const viaMessages = hits !== null && hits.size > FEW_MATCHES;
  const where = and(
    facetClause(q, 'i'),
    dateClause(plan.range, 'i'),
    hits ? { sql: `${viaMessages ? '+' : ''}d.item_id IN temp.${hits.table}`, params: [] } : TRUE,
  );
  const rows = db
    .prepare(
      `SELECT d.conversation_id AS id, count(*) AS n FROM dm_messages d JOIN items i ON i.id = d.item_id
       WHERE ${where.sql} GROUP BY d.conversation_id`,
    )
    .all(...where.params) as Array<{ id: string; n: number }>;
  return Object.fromEntries(rows.map((r) => [r.id, r.n]));
}
