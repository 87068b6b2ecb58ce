/**
 * An item in its surroundings, for the detail pane: a Grok message with the rest of its chat (prompt,
 * answer, in order), a direct message with its conversation (who else is in it, how long it is), a
 * post with the addresses its links lead to.
 */
import type { Database } from 'better-sqlite3';
import type { ItemContext, ThreadMessage } from '../../../shared/model/items';

/** Messages of a chat shown around the open one. */
const THREAD_WINDOW = 40;

/** The rows around `itemId`, at most THREAD_WINDOW, in order. */
function around<T extends { id: number }>(all: T[], itemId: number): T[] {
  const at = Math.max(
    0,
    all.findIndex((m) => m.id === itemId),
  );
  const start = Math.max(0, Math.min(at - THREAD_WINDOW / 2, all.length - THREAD_WINDOW));
  return all.slice(start, start + THREAD_WINDOW);
}

export function grokChat(db: Database, chatId: string, itemId: number): ItemContext {
  const all = db
    .prepare(
      `SELECT i.id, g.sender, i.created_at, i.text FROM grok_messages g JOIN items i ON i.id = g.item_id
       WHERE g.chat_id = ? ORDER BY i.created_at, i.id`,
    )
    .all(chatId) as Array<{
    id: number;
    sender: string | null;
    created_at: string | null;
    text: string | null;
  }>;
  const messages: ThreadMessage[] = around(all, itemId).map((m) => ({
    id: m.id,
    fromGrok: m.sender === 'Agent',
    createdAt: m.created_at,
    text: m.text,
  }));
  return { kind: 'grokChat', messages, total: all.length };
}

export function conversation(
  db: Database,
  conversationId: string,
  itemId: number,
  accountId: string,
  revealPrivate: boolean,
): ItemContext | undefined {
  const c = db
    .prepare('SELECT is_group, name, participants, messages FROM dm_conversations WHERE conversation_id = ?')
    .get(conversationId) as
    { is_group: number; name: string | null; participants: string; messages: number } | undefined;
  if (!c) return undefined;
  const participants = JSON.parse(c.participants) as unknown;
  const others = Array.isArray(participants)
    ? participants.filter((p): p is string => typeof p === 'string' && p !== accountId)
    : [];
  const all = db
    .prepare(
      `SELECT i.id, d.sender_id, i.created_at, i.text FROM dm_messages d JOIN items i ON i.id = d.item_id
       WHERE d.conversation_id = ? ORDER BY i.created_at, i.id`,
    )
    .all(conversationId) as Array<{
    id: number;
    sender_id: string | null;
    created_at: string | null;
    text: string | null;
  }>;
  const thread: ThreadMessage[] = around(all, itemId).map((m) => ({
    id: m.id,
    fromGrok: false,
    from: m.sender_id === accountId ? null : m.sender_id,
    createdAt: m.created_at,
    text: revealPrivate ? m.text : null,
  }));
  return {
    kind: 'conversation',
    group: c.is_group === 1,
    name: c.name,
    others,
    messages: c.messages,
    thread,
  };
}

/** The expanded addresses stored with a post (its entities' urls), in order. */
export function postLinks(urls: string | null): string[] {
  if (!urls) return [];
  const list = JSON.parse(urls) as unknown;
  return Array.isArray(list) ? list.filter((u): u is string => typeof u === 'string') : [];
}
