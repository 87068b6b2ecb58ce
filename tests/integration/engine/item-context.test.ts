/** An item in its surroundings: a Grok message with its chat in order, a DM with its conversation, a post's link addresses. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { generateArchive } from '../../fixtures/generator/index';
import { Engine, importArchive } from '../../../electron/engine/index';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { tempDir } from './helpers';

let work: ReturnType<typeof tempDir>;
let summary: ArchiveSummary;
let engine: Engine;

beforeAll(async () => {
  work = tempDir('xe-item-context-');
  const generated = await generateArchive({ out: join(work.dir, 'ctx.zip'), items: 600, seed: 31 });
  summary = await importArchive(generated.path, { dataDir: join(work.dir, 'data') });
  engine = new Engine({ dataDir: join(work.dir, 'data') });
}, 60_000);

afterAll(() => {
  engine.close();
  work.cleanup();
});

describe('item context in the detail', () => {
  it('threads a Grok message with the rest of its chat, prompt before answer, in time order', () => {
    const page = engine.queryItems({ archiveId: summary.archiveId, kinds: ['grokMessage'], limit: 5 });
    expect(page.rows.length).toBeGreaterThan(0);
    const detail = engine.getItemDetail(summary.archiveId, page.rows[0]!.id);
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
    const page = engine.queryItems({ archiveId: summary.archiveId, kinds: ['directMessage'], limit: 5 });
    const detail = engine.getItemDetail(summary.archiveId, page.rows[0]!.id);
    expect(detail.text).toBeNull();
    expect(detail.context?.kind).toBe('conversation');
    if (detail.context?.kind !== 'conversation') return;
    expect(detail.context.messages).toBeGreaterThan(0);
    expect(detail.context.others.length).toBeGreaterThan(0);
    expect(detail.context.others).not.toContain(summary.account.accountId);
    // The conversation's messages in order, this one among them, their text hidden too.
    const thread = detail.context.thread;
    expect(thread.some((m) => m.id === detail.id)).toBe(true);
    expect(thread.every((m) => m.text === null)).toBe(true);
    const dates = thread.map((m) => m.createdAt ?? '');
    expect(dates).toEqual([...dates].sort());

    const revealed = engine.getItemDetail(summary.archiveId, page.rows[0]!.id, true);
    if (revealed.context?.kind !== 'conversation') throw new Error('no conversation');
    expect(revealed.context.thread.find((m) => m.id === detail.id)?.text).toBe(revealed.text);
  });

  it('gives a post’s links their expanded addresses', () => {
    const posts = engine.queryItems({
      archiveId: summary.archiveId,
      kinds: ['post'],
      text: 'https',
      limit: 50,
    });
    const withLink = posts.rows
      .map((r) => engine.getItemDetail(summary.archiveId, r.id))
      .find((d) => (d.links ?? []).length > 0);
    expect(withLink).toBeDefined();
    for (const link of withLink!.links!) expect(link).toMatch(/^https?:\/\//);
    expect(withLink!.links!.some((l) => l.startsWith('https://t.co/'))).toBe(false);
  });
});
