/**
 * An item in its surroundings, for the detail pane: a Grok message with the rest of its chat (prompt,
 * answer, in order), a direct message with its conversation (who else is in it, how long it is), a
 * post with the addresses its links lead to.
 */
import type { Database } from 'better-sqlite3';
import type { ItemContext, ThreadMessage } from '../../../shared/model/items';

/** Messages of a chat shown around the open one. */
const THREAD_WINDOW = 40;

/** Where the messages of a thread are stored: its table, the column naming the thread, the sender's column. */
const THREADS = {
  grok: { table: 'grok_messages', key: 'chat_id', sender: 'sender' },
  dm: { table: 'dm_messages', key: 'conversation_id', sender: 'sender_id' },
} as const;

interface StoredMessage {
  id: number;
  sender: string | null;
  createdAt: string | null;
  text: string | null;
}

/**
 * The messages of one thread around `itemId`, at most THREAD_WINDOW, in time order, with how many the
 * thread holds in all.
 */
function threadMessages(
  db: Database,
  thread: keyof typeof THREADS,
  threadId: string,
  itemId: number,
): { messages: StoredMessage[]; total: number } {
  const { table, key, sender } = THREADS[thread];
  const all = db
    .prepare(
      `SELECT i.id, t.${sender} AS sender, i.created_at AS createdAt, i.text FROM ${table} t
       JOIN items i ON i.id = t.item_id WHERE t.${key} = ? ORDER BY i.created_at, i.id`,
    )
    .all(threadId) as StoredMessage[];
  const at = Math.max(
    0,
    all.findIndex((m) => m.id === itemId),
  );
  const start = Math.max(0, Math.min(at - THREAD_WINDOW / 2, all.length - THREAD_WINDOW));
  return { messages: all.slice(start, start + THREAD_WINDOW), total: all.length };
}

export function grokChat(db: Database, chatId: string, itemId: number): ItemContext {
  const { messages, total } = threadMessages(db, 'grok', chatId, itemId);
  return {
    kind: 'grokChat',
    messages: messages.map((m) => ({
      id: m.id,
      fromGrok: m.sender === 'Agent',
      createdAt: m.createdAt,
      text: m.text,
    })),
    total,
  };
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
  const thread: ThreadMessage[] = threadMessages(db, 'dm', conversationId, itemId).messages.map((m) => ({
    id: m.id,
    fromGrok: false,
    from: m.sender === accountId ? null : m.sender,
    createdAt: m.createdAt,
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
