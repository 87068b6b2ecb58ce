import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { importArchive } from '../../../electron/engine/index';
import { archiveDbPath } from '../../../electron/engine/library/paths';
import { DEFAULT_LIMITS } from '../../../electron/engine/parse/limits';
import { generateArchive } from '../../fixtures/generator/index';
import { Rng } from '../../fixtures/generator/prng';
import { buildConversation } from '../../fixtures/generator/records/messages';
import { TEXT_STYLES } from '../../fixtures/generator/text/style';
import { readJsValue, tempDir } from './helpers';

/**
 * A DM conversation too large to parse whole is read in pieces. With the whole-parse limit lowered
 * under two big conversations (one 1:1, one group), the import must store exactly what it stores
 * when it parses them whole.
 */
const work = tempDir('xexp-large-dm-');
let archivePath: string;
let bigBytes: number;

/** Adds a conversation to a generated data file, keeping its `window.YTD...` assignment. */
function addConversation(path: string, element: Record<string, unknown>): number {
  const text = readFileSync(path, 'utf8');
  const elements = readJsValue(path) as unknown[];
  elements.push(element);
  const body = JSON.stringify(elements, null, 2);
  writeFileSync(path, `${text.slice(0, text.indexOf('=') + 1)} ${body}`);
  return Buffer.byteLength(JSON.stringify(element, null, 2));
}

beforeAll(async () => {
  const generated = await generateArchive({
    out: join(work.dir, 'archive'),
    layout: 'modern',
    items: 2000,
    seed: 31,
    media: false,
  });
  archivePath = generated.path;
  const rng = new Rng(77);
  const common = {
    ownerId: generated.account.accountId,
    endMs: Date.parse('2026-05-01'),
    mediaRate: 0.02,
    text: TEXT_STYLES.en,
  };
  const oneToOne = buildConversation(rng, {
    ...common,
    group: false,
    messageCount: 5000,
    sensitiveRate: 0.1,
  });
  const group = buildConversation(rng, { ...common, group: true, messageCount: 2500, sensitiveRate: 0.1 });
  bigBytes = Math.min(
    addConversation(join(archivePath, 'data', 'direct-messages.js'), oneToOne.element),
    addConversation(join(archivePath, 'data', 'direct-messages-group.js'), group.element),
  );
}, 120_000);

afterAll(() => work.cleanup());

async function importWith(name: string, limits = DEFAULT_LIMITS): Promise<ArchiveSummary> {
  return importArchive(archivePath, { dataDir: join(work.dir, name), limits, classifyWorker: false });
}

function stored(name: string, archiveId: string) {
  const db = new Database(archiveDbPath(join(work.dir, name), archiveId), { readonly: true });
  try {
    const conversations = (
      db.prepare('SELECT * FROM dm_conversations ORDER BY conversation_id').all() as Array<{
        participants: string;
      }>
    ).map((c) => ({ ...c, participants: (JSON.parse(c.participants) as string[]).sort() }));
    return {
      conversations,
      messages: db.prepare('SELECT * FROM dm_messages ORDER BY item_id').all(),
      items: db
        .prepare(
          `SELECT id, kind, source_id, created_at, text, channels, flags, level, visibility, evidence
           FROM items WHERE kind = 'directMessage' ORDER BY id`,
        )
        .all(),
    };
  } finally {
    db.close();
  }
}

describe('a DM conversation too large to parse whole', () => {
  it('is read in pieces into exactly what parsing it whole stores', async () => {
    const whole = await importWith('whole');
    const limit = 256 * 1024;
    expect(bigBytes).toBeGreaterThan(3 * limit);
    const pieces = await importWith('pieces', { ...DEFAULT_LIMITS, maxElementBytes: limit });
    expect(pieces.archiveId).toBe(whole.archiveId);
    expect(pieces.counts).toEqual(whole.counts);
    expect(pieces.files).toEqual(whole.files);
    expect(pieces.exposure).toEqual(whole.exposure);
    expect(pieces.partial).toBe(false);
    const a = stored('whole', whole.archiveId);
    const b = stored('pieces', pieces.archiveId);
    expect(b.conversations).toEqual(a.conversations);
    expect(b.messages).toEqual(a.messages);
    expect(b.items).toEqual(a.items);
    expect(a.messages.length).toBe(whole.counts.directMessages);
  }, 120_000);

  it('larger than the piecewise limit too, is its file’s error and the rest is imported', async () => {
    const summary = await importWith('refused', {
      ...DEFAULT_LIMITS,
      maxElementBytes: 64 * 1024,
      maxPiecewiseElementBytes: 256 * 1024,
    });
    expect(summary.partial).toBe(true);
    const dm = summary.files.find((f) => f.path.endsWith('direct-messages.js'))!;
    expect(dm.status).toBe('error');
    expect(dm.message).toMatch(/one record is larger than 256\.0 KiB/);
    expect(summary.counts.posts).toBeGreaterThan(0);
  }, 120_000);
});
