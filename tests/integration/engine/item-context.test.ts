/** An item in its surroundings: a Grok message with its chat in order, a DM with its conversation, a post's link addresses. */
import { describe, expect, it } from 'vitest';
import { useGeneratedLibrary } from './generated-library';

const lib = useGeneratedLibrary({ items: 600, seed: 31 });

describe('item context in the detail', () => {
  it('threads a Grok message with the rest of its chat, prompt before answer, in time order', () => {
    const page = lib.engine.queryItems({
      archiveId: lib.summary.archiveId,
      kinds: ['grokMessage'],
      limit: 5,
    });
    expect(page.rows.length).toBeGreaterThan(0);
    const detail = lib.engine.getItemDetail(lib.summary.archiveId, page.rows[0]!.id);
    expect(detail.context?.kind).toBe('grokChat');
    if (detail.context?.kind !== 'grokChat') return;
    const { messages, total } = detail.context;
    expect(total).toBeGreaterThanOrEqual(messages.length);
    expect(messages.some((m) => m.id === detail.id)).toBe(true);
    const dates = messages.map((m) => m.createdAt ?? '');
    expect(dates).toEqual([...dates].sort());
    expect(new Set(messages.map((m) => m.fromGrok))).toEqual(new Set([true, false]));
  });

  it('names the other side of a direct message and counts the conversation, text still hidden', () => {
    const page = lib.engine.queryItems({
      archiveId: lib.summary.archiveId,
      kinds: ['directMessage'],
      limit: 5,
    });
    const detail = lib.engine.getItemDetail(lib.summary.archiveId, page.rows[0]!.id);
    expect(detail.text).toBeNull();
    expect(detail.context?.kind).toBe('conversation');
    if (detail.context?.kind !== 'conversation') return;
    expect(detail.context.messages).toBeGreaterThan(0);
    expect(detail.context.others.length).toBeGreaterThan(0);
    expect(detail.context.others).not.toContain(lib.summary.account.accountId);
    // The conversation's messages in order, this one among them, their text hidden too.
    const thread = detail.context.thread;
    expect(thread.some((m) => m.id === detail.id)).toBe(true);
    expect(thread.every((m) => m.text === null)).toBe(true);
    const dates = thread.map((m) => m.createdAt ?? '');
    expect(dates).toEqual([...dates].sort());

    const revealed = lib.engine.getItemDetail(lib.summary.archiveId, page.rows[0]!.id, true);
    if (revealed.context?.kind !== 'conversation') throw new Error('no conversation');
    expect(revealed.context.thread.find((m) => m.id === detail.id)?.text).toBe(revealed.text);
  });

  it('gives a post’s links their expanded addresses', () => {
    const posts = lib.engine.queryItems({
      archiveId: lib.summary.archiveId,
      kinds: ['post'],
      text: 'https',
      limit: 50,
    });
    const withLink = posts.rows
      .map((r) => lib.engine.getItemDetail(lib.summary.archiveId, r.id))
      .find((d) => (d.links ?? []).length > 0);
    expect(withLink).toBeDefined();
    for (const link of withLink!.links!) expect(link).toMatch(/^https?:\/\//);
    expect(withLink!.links!.some((l) => l.startsWith('https://t.co/'))).toBe(false);
  });
});
