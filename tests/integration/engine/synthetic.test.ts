import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { generateArchive, type GeneratorOptions } from '../../fixtures/generator/index';
import { Engine, importArchive } from '../../../electron/engine/index';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { tempDir } from './helpers';
import Database from 'better-sqlite3';

const work = tempDir('xexp-synth-');
afterAll(() => work.cleanup());

let n = 0;
async function roundTrip(opts: Omit<GeneratorOptions, 'out'>, zip: boolean) {
  const out = join(work.dir, `a${n++}${zip ? '.zip' : ''}`);
  const generated = await generateArchive({ items: 600, seed: 11, ...opts, out });
  const dataDir = join(work.dir, `data${n}`);
  const summary = await importArchive(out, { dataDir });
  return { generated, summary, dataDir, out };
}

function expectMatches(summary: ArchiveSummary, generated: Awaited<ReturnType<typeof generateArchive>>) {
  expect(summary.counts).toEqual(generated.counts);
  expect(summary.format).toBe(generated.format);
  expect(summary.account.accountId).toBe(generated.account.accountId);
  expect(summary.partial).toBe(false);
}

describe('synthetic archives of every generation and layout', () => {
  it.each([
    ['modern', true],
    ['modern', false],
    ['modern2021', true],
    ['2019', true],
    ['2019', false],
    ['classic', true],
    ['classic', false],
  ] as const)('%s (zip: %s) imports with the generated counts', async (layout, zip) => {
    const { generated, summary } = await roundTrip({ layout }, zip);
    expectMatches(summary, generated);
    for (const type of generated.unknownTypes) {
      expect(summary.files.filter((f) => f.type === type).every((f) => f.status === 'unknown')).toBe(true);
    }
  });

  it('writes a finished database: write-ahead log, 16 KB pages, nothing left to check', async () => {
    const { summary, dataDir } = await roundTrip({ layout: 'modern' }, true);
    const db = new Database(join(dataDir, 'archives', `${summary.archiveId}.sqlite`), { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('page_size', { simple: true })).toBe(16384);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  });

  it('a zip re-zipped under a top folder with __MACOSX entries', async () => {
    const { generated, summary } = await roundTrip(
      { layout: 'modern', topFolder: 'twitter-2026-07-25-abc' },
      true,
    );
    expectMatches(summary, generated);
    expect(summary.files.some((f) => f.path.includes('__MACOSX') || f.path.includes('._'))).toBe(false);
  });

  it('multi-part files (tweets-partN.js, like-partN.js)', async () => {
    const { generated, summary } = await roundTrip(
      { layout: 'modern', items: 3000, partSizeBytes: 200_000 },
      true,
    );
    expectMatches(summary, generated);
    const parts = summary.files.filter((f) => /-part\d+\.js$/.test(f.path));
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((f) => f.status === 'imported')).toBe(true);
  });

  it('without a manifest: files found by name, with a warning', async () => {
    const { generated, summary } = await roundTrip({ layout: 'modern', withManifest: false }, false);
    expectMatches(summary, generated);
    expect(summary.warnings.join(' ')).toMatch(/no data\/manifest\.js/);
  });

  it('a manifest that lists a file the archive lacks: reported missing, the rest imported', async () => {
    const { generated, summary } = await roundTrip(
      { layout: 'modern', manifestListsMissingFile: true },
      true,
    );
    expectMatches(summary, generated);
    const missing = summary.files.filter((f) => f.status === 'missing').map((f) => f.path);
    expect(missing).toEqual(expect.arrayContaining(generated.missingListedFiles));
  });

  it('empty data files are reported as empty', async () => {
    const { generated, summary } = await roundTrip({ layout: 'modern', emptyFiles: ['block', 'like'] }, true);
    expectMatches(summary, generated);
    expect(summary.counts.likes).toBe(0);
    expect(summary.files.find((f) => f.path === 'data/like.js')).toMatchObject({
      status: 'empty',
      records: 0,
    });
  });

  it('classic archives with only tweets.csv, or only the monthly JS files', async () => {
    const csvOnly = join(work.dir, 'classic-csv');
    const g1 = await generateArchive({ out: csvOnly, layout: 'classic', items: 400, seed: 3 });
    rmSync(join(csvOnly, 'data/js/tweets'), { recursive: true });
    const s1 = await importArchive(csvOnly, { dataDir: join(work.dir, 'dcsv') });
    expect(s1.counts.posts).toBe(g1.counts.posts);
    expect(s1.counts.reposts).toBe(g1.counts.reposts);
    const jsOnly = join(work.dir, 'classic-js');
    const g2 = await generateArchive({ out: jsOnly, layout: 'classic', items: 400, seed: 3 });
    rmSync(join(jsOnly, 'tweets.csv'));
    const s2 = await importArchive(jsOnly, { dataDir: join(work.dir, 'djs') });
    expect(s2.counts).toEqual(g2.counts);
  });

  it('long posts get their note text and edit chains are linked', async () => {
    const { generated, summary, dataDir } = await roundTrip({ layout: 'modern', items: 2000 }, false);
    expect(generated.longPosts.length).toBeGreaterThan(0);
    expect(generated.editChains.length).toBeGreaterThan(0);
    expect(summary.warnings.filter((w) => /note/.test(w))).toEqual([]);
    const db = new Database(join(dataDir, 'archives', `${summary.archiveId}.sqlite`), { readonly: true });
    const itemOf = (tweetId: string) =>
      (db.prepare('SELECT item_id FROM posts WHERE tweet_id = ?').get(tweetId) as { item_id: number })
        .item_id;
    const engine = new Engine({ dataDir });
    try {
      const long = engine.queryItems({ archiveId: summary.archiveId, postTypes: ['long'], limit: 1000 });
      const longIds = long.rows.map((r) => engine.getItemDetail(summary.archiveId, r.id).sourceId).sort();
      expect(longIds).toEqual(generated.longPosts.map((l) => l.tweetId).sort());
      for (const l of generated.longPosts.slice(0, 5)) {
        const detail = engine.getItemDetail(summary.archiveId, itemOf(l.tweetId));
        expect(detail.postTypes).toContain('long');
        expect(detail.extra.longPostNoteId).toBe(l.noteTweetId);
        expect(detail.text!.endsWith('…')).toBe(false);
      }
      for (const chain of generated.editChains.slice(0, 5)) {
        const first = chain[0]!;
        const last = chain[chain.length - 1]!;
        expect(engine.getItemDetail(summary.archiveId, itemOf(first)).extra.latestVersion).toBe(last);
        expect(engine.getItemDetail(summary.archiveId, itemOf(last)).extra.editOf).toBe(first);
      }
    } finally {
      engine.close();
      db.close();
    }
  });
});

describe('re-import, cancel and failure', () => {
  it('re-importing the same archive (zip, then its folder) gives the same id and counts, one library entry', async () => {
    const zip = join(work.dir, 'same.zip');
    const folder = join(work.dir, 'same');
    await generateArchive({ out: zip, layout: 'modern', items: 500, seed: 5 });
    await generateArchive({ out: folder, layout: 'modern', items: 500, seed: 5 });
    const dataDir = join(work.dir, 'dsame');
    const a = await importArchive(zip, { dataDir });
    const b = await importArchive(zip, { dataDir });
    const c = await importArchive(folder, { dataDir });
    expect(b.archiveId).toBe(a.archiveId);
    expect(c.archiveId).toBe(a.archiveId);
    expect(b.counts).toEqual(a.counts);
    expect(c.counts).toEqual(a.counts);
    const engine = new Engine({ dataDir });
    try {
      expect(engine.listArchives().map((e) => e.archiveId)).toEqual([a.archiveId]);
      expect(engine.queryItems({ archiveId: a.archiveId }).total).toBeGreaterThan(0);
    } finally {
      engine.close();
    }
    expect(readdirSync(join(dataDir, 'archives')).sort()).toEqual([`${a.archiveId}.sqlite`]);
  });

  /** The library and the archives folder, to compare before and after. */
  function snapshot(dataDir: string) {
    const engine = new Engine({ dataDir });
    try {
      return {
        library: engine.listArchives(),
        files: readdirSync(join(dataDir, 'archives'))
          .filter((f) => !f.endsWith('-wal') && !f.endsWith('-shm'))
          .sort(),
      };
    } finally {
      engine.close();
    }
  }

  it('cancelling mid-import leaves the library exactly as before and no partial file', async () => {
    const existing = join(work.dir, 'existing.zip');
    const big = join(work.dir, 'big.zip');
    await generateArchive({ out: existing, layout: 'modern', items: 300, seed: 1 });
    await generateArchive({ out: big, layout: 'modern', items: 6000, seed: 2 });
    const dataDir = join(work.dir, 'dcancel');
    await importArchive(existing, { dataDir });
    const before = snapshot(dataDir);
    const controller = new AbortController();
    let sawReading = false;
    const result = importArchive(big, {
      dataDir,
      classifyWorker: true,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.step === 'reading' && p.currentFile && p.recordsDone > 0) {
          sawReading = true;
          controller.abort();
        }
      },
    });
    await expect(result).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(sawReading).toBe(true);
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('a failure mid-import leaves the library as before', async () => {
    const existing = join(work.dir, 'existing2.zip');
    const other = join(work.dir, 'other.zip');
    await generateArchive({ out: existing, layout: 'modern', items: 300, seed: 1 });
    await generateArchive({ out: other, layout: 'modern', items: 2000, seed: 9 });
    const dataDir = join(work.dir, 'dfail');
    await importArchive(existing, { dataDir });
    const before = snapshot(dataDir);
    const result = importArchive(other, {
      dataDir,
      classifyWorker: true,
      onProgress: (p) => {
        if (p.step === 'reading' && p.recordsDone > 100) throw new Error('disk on fire');
      },
    });
    await expect(result).rejects.toMatchObject({ code: 'INTERNAL', message: 'disk on fire' });
    expect(snapshot(dataDir)).toEqual(before);
  });

  it('a stale .partial from a dead process is removed when the engine starts', async () => {
    const dataDir = join(work.dir, 'dstale');
    const engine = new Engine({ dataDir });
    engine.close();
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(dataDir, 'archives'), { recursive: true });
    const stale = join(dataDir, 'archives', 'import-999999999-abc123.sqlite.partial');
    writeFileSync(stale, 'x');
    new Engine({ dataDir }).close();
    expect(existsSync(stale)).toBe(false);
  });
});

describe('account-level data and bookmarks', () => {
  it('fills the ads, interests, protected history, account and profile tables', async () => {
    const { generated, summary, dataDir } = await roundTrip({ layout: 'modern', items: 1500 }, false);
    const db = new Database(join(dataDir, 'archives', `${summary.archiveId}.sqlite`), { readonly: true });
    try {
      const n = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
      expect(n('SELECT count(*) FROM ad_impressions')).toBe(generated.ads.impressions);
      expect(n('SELECT count(*) FROM ad_engagements')).toBe(generated.ads.engagements);
      const advertisers = db
        .prepare('SELECT DISTINCT advertiser_name FROM ad_impressions')
        .pluck()
        .all() as string[];
      expect(advertisers.length).toBeGreaterThan(0);
      for (const a of advertisers) expect(generated.ads.advertisers).toContain(a);
      const interests = db
        .prepare("SELECT name FROM interests WHERE source = 'interest'")
        .pluck()
        .all() as string[];
      expect(interests.sort()).toEqual([...generated.interests].sort());
      expect(n('SELECT count(*) FROM protected_history')).toBe(generated.protectedHistory.length);
      expect(n('SELECT count(*) FROM account')).toBe(1);
      expect(n('SELECT count(*) FROM profile')).toBe(1);
    } finally {
      db.close();
    }
  });

  it('imports a bookmark file when an archive has one (wrapped and bare elements)', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { ytd } = await import('./helpers');
    const dir = join(work.dir, 'with-bookmarks');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(
      join(dir, 'data/account.js'),
      ytd('account', [{ account: { accountId: '42', username: 'bee' } }]),
    );
    writeFileSync(
      join(dir, 'data/bookmarks.js'),
      ytd('bookmarks', [
        { bookmark: { tweetId: '100', fullText: 'saved &amp; kept' } },
        { tweetId: '101', addedAt: '2025-03-01T10:00:00.000Z', bookmarkCollectionId: '7' },
        { bookmark: { note: 'no id' } },
      ]),
    );
    const s = await importArchive(dir, { dataDir: join(work.dir, 'dbook') });
    expect(s.counts.bookmarks).toBe(2);
    expect(s.files.find((f) => f.path === 'data/bookmarks.js')).toMatchObject({
      status: 'imported',
      records: 2,
      message: '1 record skipped: missing tweet id',
    });
    const engine = new Engine({ dataDir: join(work.dir, 'dbook') });
    try {
      const rows = engine.queryItems({ archiveId: s.archiveId, kinds: ['bookmark'] }).rows;
      expect(rows.map((r) => r.snippet)).toContain('saved & kept');
      expect(rows.map((r) => r.createdAt)).toContain('2025-03-01T10:00:00.000Z');
    } finally {
      engine.close();
    }
  });
});

describe('phone-number.js, account-timezone.js and the location history', () => {
  it('gives the account its phone number: the checklist is tailored to the EU and German numbers are found', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { ytd } = await import('./helpers');
    const dir = join(work.dir, 'with-phone');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(
      join(dir, 'data/account.js'),
      ytd('account', [{ account: { accountId: '77', username: 'ph' } }]),
    );
    writeFileSync(
      join(dir, 'data/phone-number.js'),
      ytd('phone_number', [{ device: { phoneNumber: '+4915123456789' } }]),
    );
    writeFileSync(
      join(dir, 'data/tweets.js'),
      ytd('tweets', [
        {
          tweet: {
            id_str: '5001',
            full_text: 'Ruf mich an: 030 901820',
            created_at: 'Wed Oct 10 20:19:24 +0000 2024',
          },
        },
        {
          tweet: {
            id_str: '5002',
            full_text: 'Im Jahr 2024 liefen 12345 Menschen',
            created_at: 'Wed Oct 10 20:20:24 +0000 2024',
          },
        },
      ]),
    );
    writeFileSync(
      join(dir, 'data/account-timezone.js'),
      ytd('account_timezone', [{ accountTimezone: { accountId: '77', timeZone: 'Berlin' } }]),
    );
    writeFileSync(
      join(dir, 'data/personalization.js'),
      ytd('personalization', [{ p13nData: { locationHistory: ['Lisbon, Portugal'] } }]),
    );
    const dataDir = join(work.dir, 'dphone');
    const s = await importArchive(dir, { dataDir });
    expect(s.files.find((f) => f.path === 'data/phone-number.js')).toMatchObject({
      status: 'imported',
      records: 1,
    });
    const engine = new Engine({ dataDir });
    try {
      const view = engine.getChecklist(s.archiveId);
      // The German number in German writing is contact data; the year and the count are not.
      const flagged = engine.queryItems({ archiveId: s.archiveId, flags: ['contact'] }).rows;
      expect(flagged.map((r) => r.snippet)).toEqual(['Ruf mich an: 030 901820']);
      const eu = view.steps.find((s) => s.step.id === 'euRights')!;
      expect(eu.emphasis).toBe('high');
      expect(eu.tailoring).toEqual(
        expect.arrayContaining([
          'Country code of your phone number: +49 (DE)',
          'Time zone set on your account: Berlin',
          'A place in the location history X keeps: Lisbon, Portugal',
        ]),
      );
    } finally {
      engine.close();
    }
  });
});

describe('a post in both tweets.js and deleted-tweets.js', () => {
  it('is listed once, as a deleted post, and the counters agree', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const { ytd } = await import('./helpers');
    const dir = join(work.dir, 'both');
    mkdirSync(join(dir, 'data'), { recursive: true });
    const tweet = (id: string, extra: Record<string, unknown> = {}) => ({
      tweet: { id_str: id, full_text: `post ${id}`, created_at: 'Sat Nov 09 12:14:18 +0000 2024', ...extra },
    });
    writeFileSync(
      join(dir, 'data/account.js'),
      ytd('account', [{ account: { accountId: '9', username: 'both' } }]),
    );
    writeFileSync(join(dir, 'data/tweets.js'), ytd('tweets', [tweet('1'), tweet('2'), tweet('3')]));
    writeFileSync(
      join(dir, 'data/deleted-tweets.js'),
      ytd('deleted_tweets', [tweet('2', { deleted_at: 'Sun Nov 10 08:00:00 +0000 2024' })]),
    );
    const dataDir = join(work.dir, 'dboth');
    const s = await importArchive(dir, { dataDir });
    expect(s.counts.posts).toBe(3);
    expect(s.counts.deletedPosts).toBe(1);
    expect(s.warnings.join(' ')).toMatch(/1 post\(s\) are also in deleted-tweets\.js/);
    const engine = new Engine({ dataDir });
    try {
      const page = engine.queryItems({ archiveId: s.archiveId });
      expect(page.kindCounts).toEqual({ post: 2, deletedPost: 1 });
      expect(page.rows.map((r) => r.snippet).sort()).toEqual(['post 1', 'post 2', 'post 3']);
      const deleted = page.rows.find((r) => r.kind === 'deletedPost')!;
      expect(engine.getItemDetail(s.archiveId, deleted.id).deletedAt).toBe('2024-11-10T08:00:00.000Z');
    } finally {
      engine.close();
    }
  });
});
