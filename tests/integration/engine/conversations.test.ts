/** Browse's conversation filter: each DM conversation with its message count, and the list narrowed to one. */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { Engine } from '../../../electron/engine/index';
import type { ItemQuery } from '../../../shared/model/items';
import { REPLY_TABLES, handlesOfRepliesSql } from '../../../electron/engine/queries/conversations';
import { useGeneratedLibrary } from './generated-library';

const lib = useGeneratedLibrary({ items: 800, seed: 47 });

const allIds = (q: Parameters<Engine['queryItems']>[0]) => lib.engine.matchingItemIds(q);

describe('conversations in Browse', () => {
  it('lists every conversation once, its counts adding up to the direct messages', () => {
    const list = lib.engine.getConversations(lib.summary.archiveId);
    expect(list.length).toBeGreaterThan(1);
    expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
    const dms = lib.engine.queryItems({
      archiveId: lib.summary.archiveId,
      kinds: ['directMessage'],
      limit: 1,
    });
    expect(list.reduce((n, c) => n + c.messages, 0)).toBe(dms.total);
    for (const c of list) {
      if (c.group) {
        expect(c.people).toBeGreaterThanOrEqual(2);
        expect(c.accountId).toBeNull();
      } else {
        expect(c.people).toBe(1);
        expect(c.accountId).toMatch(/^\d+$/);
        expect(c.accountId).not.toBe(lib.summary.account.accountId);
      }
    }
    expect(list.some((c) => c.group)).toBe(true);
  });

  it('narrows the list to a conversation: its messages only, counted as the filter lists them', () => {
    const list = lib.engine.getConversations(lib.summary.archiveId);
    const chosen = list[0]!;
    const page = lib.engine.queryItems({
      archiveId: lib.summary.archiveId,
      conversations: [chosen.id],
      limit: 1000,
    });
    expect(page.total).toBe(chosen.messages);
    expect(page.rows).toHaveLength(chosen.messages);
    expect(page.rows.every((r) => r.kind === 'directMessage')).toBe(true);
    expect(page.kindCounts).toEqual({ directMessage: chosen.messages });
    for (const row of page.rows.slice(0, 5)) {
      const detail = lib.engine.getItemDetail(lib.summary.archiveId, row.id);
      if (detail.context?.kind !== 'conversation') throw new Error('not a conversation');
      expect(detail.context.messages).toBeGreaterThan(0);
    }
    const dates = page.rows.map((r) => r.createdAt ?? '');
    expect(dates).toEqual([...dates].sort().reverse());

    // Two conversations: both sets of messages; with other filters, within them.
    const two = allIds({ archiveId: lib.summary.archiveId, conversations: [list[0]!.id, list[1]!.id] });
    expect(two).toHaveLength(list[0]!.messages + list[1]!.messages);
    const posts = lib.engine.queryItems({
      archiveId: lib.summary.archiveId,
      conversations: [chosen.id],
      kinds: ['post'],
    });
    expect(posts.total).toBe(0);
    const unknown = lib.engine.queryItems({
      archiveId: lib.summary.archiveId,
      conversations: ['no-such-chat'],
    });
    expect(unknown.total).toBe(0);
  });

  it('combines a conversation with a search: the matches inside it', () => {
    const chosen = lib.engine.getConversations(lib.summary.archiveId)[0]!;
    const inside = new Set(allIds({ archiveId: lib.summary.archiveId, conversations: [chosen.id] }));
    const word = 'the';
    const searched = allIds({ archiveId: lib.summary.archiveId, text: word });
    const both = allIds({ archiveId: lib.summary.archiveId, text: word, conversations: [chosen.id] });
    expect(both.length).toBeGreaterThan(0);
    expect(both).toEqual(searched.filter((id) => inside.has(id)));
    const page = lib.engine.queryItems({
      archiveId: lib.summary.archiveId,
      text: word,
      conversations: [chosen.id],
    });
    expect(page.total).toBe(both.length);
  });

  // The generated messages are all low, with no flag: a level they lack keeps none of them.
  it.each<[string, Omit<ItemQuery, 'archiveId'>, boolean]>([
    ['a level', { levels: ['low'] }, true],
    ['a level no message has', { levels: ['high'] }, false],
    ['a flag no message has', { flags: ['health'] }, false],
    ['a search', { text: 'the' }, true],
    ['a search and a date range', { text: 'a', from: '2019-01-01', to: '2030-12-31' }, true],
  ])(
    'counts each conversation’s messages under %s, as the list narrowed to it counts them',
    (_name, q, some) => {
      const archiveId = lib.summary.archiveId;
      const counts = lib.engine.getConversationCounts({
        ...q,
        archiveId,
        kinds: ['post'],
        conversations: ['x'],
      });
      expect(counts).not.toBeNull();
      const expected: Record<string, number> = {};
      for (const c of lib.engine.getConversations(archiveId)) {
        const n = lib.engine.queryItems({ ...q, archiveId, conversations: [c.id], limit: 1 }).total;
        if (n > 0) expected[c.id] = n;
      }
      expect(Object.keys(expected).length > 0).toBe(some);
      expect(counts).toEqual(expected);
    },
  );

  it('leaves the totals when no filter narrows the messages', () => {
    const archiveId = lib.summary.archiveId;
    expect(lib.engine.getConversationCounts({ archiveId })).toBeNull();
    expect(lib.engine.getConversationCounts({ archiveId, kinds: ['directMessage'], text: '  ' })).toBeNull();
  });

  it('names the other person by the handle a reply to them gives, and only then', () => {
    const before = lib.engine.getConversations(lib.summary.archiveId);
    expect(before.every((c) => c.handle === null)).toBe(true);
    const other = before.find((c) => !c.group)!;
    // A post replying to that account, as an archive stores one: its number and its handle.
    const db = new Database(lib.archiveFile);
    try {
      db.prepare(
        `UPDATE posts SET reply_to_user_id = ?, reply_to_screen_name = 'sam_example'
         WHERE item_id = (SELECT min(item_id) FROM posts)`,
      ).run(other.accountId);
    } finally {
      db.close();
    }
    const after = lib.engine.getConversations(lib.summary.archiveId);
    expect(after.find((c) => c.id === other.id)?.handle).toBe('sam_example');
    expect(after.filter((c) => c.handle !== null)).toHaveLength(1);
  });

  it.each(REPLY_TABLES)(
    'looks up the handles replies to an account give through an index of %s, not by reading them all',
    (table) => {
      const db = new Database(lib.archiveFile, { readonly: true });
      try {
        const plan = db.prepare(`EXPLAIN QUERY PLAN ${handlesOfRepliesSql(table)}`).all('["1"]') as Array<{
          detail: string;
        }>;
        expect(plan.map((p) => p.detail).join('\n')).toMatch(
          new RegExp(`SEARCH ${table} USING COVERING INDEX ${table}_by_reply_target`),
        );
      } finally {
        db.close();
      }
    },
  );

  it('finds a conversation’s messages through its index', () => {
    const db = new Database(lib.archiveFile, { readonly: true });
    try {
      const plan = db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT item_id FROM dm_messages
           WHERE conversation_id IN (SELECT value FROM json_each(?))`,
        )
        .all('["a"]') as Array<{ detail: string }>;
      expect(plan.map((p) => p.detail).join('\n')).toMatch(
        /USING (COVERING )?INDEX dm_messages_by_conversation/,
      );
    } finally {
      db.close();
    }
  });
});
