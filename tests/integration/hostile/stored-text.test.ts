import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArchive } from '../../../electron/engine/index';
import { archiveDbPath } from '../../../electron/engine/library/paths';
import { baseFiles, tweet, ytd } from '../../fixtures/hostile/base-archive';
import { writeFolder } from '../../fixtures/hostile/write-input';

/** A `\uD800` escape as it sits in the archive's JSON text (JSON.stringify would write the escape too). */
const LONE_HIGH = String.raw`\ud800`;
const LONE_LOW = String.raw`\udc00`;

/**
 * What reaches the archive's database from hostile text and dates: valid UTF-8 only (a lone
 * surrogate becomes U+FFFD), and a date far outside 1970-2100 exactly as the archive gives it.
 */
describe('archive text and dates as stored', () => {
  let root: string;
  let db: Database.Database;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-stored-'));
    const files = baseFiles();
    files['data/tweets.js'] = ytd('tweets', [
      tweet('1880000000000000001', 'HIGH_HALF then text'),
      tweet('1880000000000000002', 'text then LOW_HALF', { created_at: 'Mon Jan 01 00:00:00 +0000 0001' }),
      tweet('1880000000000000003', 'far future', { created_at: 'Fri Dec 31 23:59:59 +0000 9999' }),
    ])
      .replace('HIGH_HALF', LONE_HIGH)
      .replace('LOW_HALF', LONE_LOW);
    const summary = await importArchive(writeFolder(join(root, 'archive'), files), {
      dataDir: join(root, 'data'),
    });
    db = new Database(archiveDbPath(join(root, 'data'), summary.archiveId), { readonly: true });
  }, 60_000);
  afterAll(() => {
    db?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const post = (id: string) =>
    db
      .prepare(
        "SELECT CAST(text AS BLOB) AS bytes, created_at FROM items WHERE kind = 'post' AND source_id = ?",
      )
      .get(id) as { bytes: Buffer; created_at: string | null };

  it('stores a lone surrogate as U+FFFD, in valid UTF-8', () => {
    for (const [id, text] of [
      ['1880000000000000001', '\uFFFD then text'],
      ['1880000000000000002', 'text then \uFFFD'],
    ] as const) {
      const { bytes } = post(id);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(text);
    }
  });

  it('keeps year 0001 and year 9999 as given', () => {
    expect(post('1880000000000000002').created_at).toBe('0001-01-01T00:00:00.000Z');
    expect(post('1880000000000000003').created_at).toBe('9999-12-31T23:59:59.000Z');
  });
});
