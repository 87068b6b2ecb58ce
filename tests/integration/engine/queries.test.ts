import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { generateArchive, type GeneratedArchive } from '../../fixtures/generator/index';
import { Engine, importArchive } from '../../../electron/engine/index';
import type { ItemQuery, ItemRow } from '../../../shared/model/items';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { tempDir, ytd } from './helpers';

const work = tempDir('xexp-query-');
let engine: Engine;
let summary: ArchiveSummary;
let generated: GeneratedArchive;
let all: ItemRow[];

async function readAll(q: Omit<ItemQuery, 'archiveId'>, page = 377): Promise<ItemRow[]> {
  const rows: ItemRow[] = [];
  for (let offset = 0; ; offset += page) {
    const p = engine.queryItems({ ...q, archiveId: summary.archiveId, offset, limit: page });
    rows.push(...p.rows);
    if (p.rows.length < page) return rows;
  }
}

beforeAll(async () => {
  generated = await generateArchive({
    out: join(work.dir, 'archive'),
    layout: 'modern',
    items: 4000,
    seed: 21,
  });
  summary = await importArchive(generated.path, { dataDir: join(work.dir, 'data') });
  engine = new Engine({ dataDir: join(work.dir, 'data') });
  all = await readAll({});
});

afterAll(() => {
  engine.close();
  work.cleanup();
});

function countKinds(rows: ItemRow[]) {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.kind] = (out[r.kind] ?? 0) + 1;
  return out;
}

describe('queryItems', () => {
  it('lists every item once, with counts per kind matching the summary', () => {
    const ids = new Set(all.map((r) => r.id));
    expect(ids.size).toBe(all.length);
    const page = engine.queryItems({ archiveId: summary.archiveId, limit: 10 });
    expect(page.total).toBe(all.length);
    expect(page.kindCounts).toEqual(countKinds(all));
    expect(page.kindCounts.like).toBe(summary.counts.likes);
    expect(page.kindCounts.directMessage).toBe(summary.counts.directMessages);
    expect(page.kindCounts.grokMessage).toBe(summary.counts.grokMessages);
    expect(page.tookMs).toBeGreaterThanOrEqual(0);
  });

  it('orders by date (dated items first, then undated) and pages without gaps across the boundary', () => {
    const dated = all.filter((r) => r.createdAt !== null);
    const undated = all.filter((r) => r.createdAt === null);
    expect(undated.length).toBe(summary.counts.likes);
    expect(all.slice(0, dated.length)).toEqual(dated);
    for (let i = 1; i < dated.length; i++)
      expect(dated[i - 1]!.createdAt! >= dated[i]!.createdAt!).toBe(true);
    const asc = engine.queryItems({ archiveId: summary.archiveId, sort: 'dateAsc', limit: 5 });
    expect(asc.rows[0]!.createdAt).toBe(dated[dated.length - 1]!.createdAt);
  });

  it('sorts by level, most serious first', async () => {
    const rows = await readAll({ sort: 'levelDesc' }, 500);
    const rank = { high: 0, medium: 1, low: 2 };
    for (let i = 1; i < rows.length; i++) expect(rank[rows[i - 1]!.level] <= rank[rows[i]!.level]).toBe(true);
    expect(rows.length).toBe(all.length);
  });

  const filters: Array<[string, Omit<ItemQuery, 'archiveId'>, (r: ItemRow) => boolean]> = [
    ['kinds', { kinds: ['post', 'like'] }, (r) => r.kind === 'post' || r.kind === 'like'],
    ['one kind', { kinds: ['directMessage'] }, (r) => r.kind === 'directMessage'],
    [
      'post types',
      { postTypes: ['reply', 'quote'] },
      (r) => r.postTypes.includes('reply') || r.postTypes.includes('quote'),
    ],
    ['channels', { channels: ['openWeb'] }, (r) => r.channels.includes('openWeb')],
    [
      'flags',
      { flags: ['health', 'contact'] },
      (r) => r.flags.includes('health') || r.flags.includes('contact'),
    ],
    ['levels', { levels: ['high'] }, (r) => r.level === 'high'],
    ['visibility', { visibilities: ['private'] }, (r) => r.visibility === 'private'],
    [
      'combined',
      { kinds: ['post'], channels: ['grokTraining'], levels: ['medium', 'high'] },
      (r) => r.kind === 'post' && r.channels.includes('grokTraining') && r.level !== 'low',
    ],
  ];
  it.each(filters)('filters by %s: the same rows as filtering the full list', async (_name, q, keep) => {
    const expected = all.filter(keep);
    expect(expected.length).toBeGreaterThan(0);
    const page = engine.queryItems({ ...q, archiveId: summary.archiveId, limit: 1 });
    expect(page.total).toBe(expected.length);
    // Per kind: what ticking each kind would list, under the other filters.
    const others = q.kinds ? all.filter((r) => keep({ ...r, kind: q.kinds![0]! })) : expected;
    expect(page.kindCounts).toEqual(countKinds(others));
    expect((await readAll(q)).map((r) => r.id)).toEqual(expected.map((r) => r.id));
    const ids = expected.map((r) => r.id).sort((a, b) => a - b);
    expect(engine.matchingItemIds({ ...q, archiveId: summary.archiveId })).toEqual(ids);
  });

  it('filters by date ranges (whole months, partial months, a single day, open ends)', () => {
    const dated = all.filter((r) => r.createdAt !== null).map((r) => r.createdAt!);
    const mid = dated[Math.floor(dated.length / 2)]!;
    const early = dated[Math.floor(dated.length * 0.8)]!;
    const ranges: Array<[string | undefined, string | undefined]> = [
      [early.slice(0, 10), mid.slice(0, 10)],
      [early, mid],
      [`${early.slice(0, 7)}-01`, `${mid.slice(0, 7)}-01`],
      [mid.slice(0, 10), mid.slice(0, 10)],
      [mid.slice(0, 10), undefined],
      [undefined, early.slice(0, 10)],
      [`${mid.slice(0, 7)}-03`, `${mid.slice(0, 7)}-20`],
    ];
    for (const [from, to] of ranges) {
      const lo = from === undefined ? '' : from.length === 10 ? `${from}T00:00:00.000Z` : from;
      const hi = to === undefined ? '~' : to.length === 10 ? `${to}T23:59:59.999Z` : to;
      const expected = all.filter((r) => r.createdAt !== null && r.createdAt >= lo && r.createdAt <= hi);
      const page = engine.queryItems({ archiveId: summary.archiveId, from, to, limit: 1000 });
      expect([from, to, page.total]).toEqual([from, to, expected.length]);
      expect(page.kindCounts).toEqual(countKinds(expected));
      expect(page.rows.map((r) => r.id)).toEqual(expected.slice(0, 1000).map((r) => r.id));
    }
  });

  it('searches full text: every hit holds the word, with its ranges marked, and nothing is missed', () => {
    const sample = all.find((r) => r.kind === 'post' && r.snippet && /\b[a-z]{6,}\b/.test(r.snippet))!;
    const word = /\b([a-z]{6,})\b/.exec(sample.snippet!)![1]!;
    const page = engine.queryItems({ archiveId: summary.archiveId, text: word.toUpperCase(), limit: 1000 });
    const re = new RegExp(`(^|[^\\p{L}\\p{N}_])${word}`, 'iu');
    expect(page.total).toBeGreaterThan(0);
    for (const r of page.rows) {
      if (r.kind === 'directMessage') {
        expect(r.snippet).toBeNull();
        continue;
      }
      const text = engine.getItemDetail(summary.archiveId, r.id).text!;
      expect(re.test(text)).toBe(true);
      if (r.snippet && re.test(r.snippet)) {
        expect(r.matches!.length).toBeGreaterThan(0);
        for (const [s, e] of r.matches!)
          expect(r.snippet.slice(s, e).toLowerCase().startsWith(word)).toBe(true);
      }
    }
    const matching = engine.matchingItemIds({ archiveId: summary.archiveId, text: word, kinds: ['post'] });
    expect(matching).toEqual(
      page.rows
        .filter((r) => r.kind === 'post')
        .map((r) => r.id)
        .sort((a, b) => a - b),
    );
    const visible = all.filter((r) => r.kind !== 'directMessage' && r.snippet && re.test(r.snippet));
    expect(page.total).toBeGreaterThanOrEqual(visible.length);
    expect(engine.queryItems({ archiveId: summary.archiveId, text: '"); DROP TABLE items; --' }).total).toBe(
      0,
    );
  });
});

describe('item detail', () => {
  it('hides direct message text and evidence until revealed', () => {
    const dm = all.find((r) => r.kind === 'directMessage')!;
    expect(dm.snippet).toBeNull();
    const hidden = engine.getItemDetail(summary.archiveId, dm.id);
    expect(hidden.text).toBeNull();
    expect(hidden.flagEvidence.every((e) => e.evidence.length === 0)).toBe(true);
    const shown = engine.getItemDetail(summary.archiveId, dm.id, true);
    expect(typeof shown.text).toBe('string');
    expect(shown.text!.length).toBeGreaterThan(0);
  });

  it('explains every channel and gives the post a link on x.com', () => {
    const post = all.find((r) => r.kind === 'post')!;
    const d = engine.getItemDetail(summary.archiveId, post.id);
    expect(Object.keys(d.channelReasons).sort()).toEqual(['grokTraining', 'openWeb', 'thirdParty']);
    for (const ch of d.channels) expect(d.channelReasons[ch].inScope).toBe(true);
    expect(d.url).toBe(`https://x.com/${summary.account.username}/status/${d.sourceId}`);
    expect(d.levelReason.length).toBeGreaterThan(0);
    expect(() => engine.getItemDetail(summary.archiveId, 99_999_999)).toThrow(/no item/);
  });
});

describe('overview', () => {
  it('counts items per month and kind, the undated, and the top sensitive items', () => {
    const o = engine.getOverview(summary.archiveId);
    const perKind: Record<string, number> = {};
    for (const b of o.timeline)
      for (const [k, v] of Object.entries(b.counts)) perKind[k] = (perKind[k] ?? 0) + v!;
    expect(perKind).toEqual(countKinds(all.filter((r) => r.createdAt !== null)));
    expect(o.undated).toEqual(countKinds(all.filter((r) => r.createdAt === null)));
    expect(o.topSensitive.every((r) => r.level === 'high' && r.kind !== 'directMessage')).toBe(true);
    expect(o.missing.map((m) => m.what)).toContain('Bookmarks');
    const months = o.timeline.map((b) => b.month);
    expect([...months].sort()).toEqual(months);
  });
});

describe('visibility correction', () => {
  it('re-classifies every item and can be undone exactly', () => {
    const v = engine.getVisibility(summary.archiveId);
    expect(v.hasHistory).toBe(generated.protectedHistory.length > 0);
    expect(v.userRanges).toBeNull();
    const before = engine.getSummary(summary.archiveId);
    const protectedAll = engine.setVisibility(summary.archiveId, {
      ranges: [{ from: '2000-01-01', to: null }],
    });
    const postKinds = ['post', 'communityPost', 'deletedPost'];
    const posts = all.filter((r) => postKinds.includes(r.kind)).length;
    expect(protectedAll.exposure.visibility).toEqual({
      public: 0,
      protected: posts,
      assumedPublic: 0,
      circle: 0,
    });
    expect(protectedAll.exposure.channels.openWeb).toBe(0);
    expect(engine.getVisibility(summary.archiveId).userRanges).toEqual([
      { from: '2000-01-01T00:00:00.000Z', to: null },
    ]);
    expect(
      engine.queryItems({ archiveId: summary.archiveId, visibilities: ['protected'], limit: 1 }).total,
    ).toBe(posts);
    // Its one transaction's write-ahead log does not stay on disk beside the archive.
    const wal = join(work.dir, 'data', 'archives', `${summary.archiveId}.sqlite-wal`);
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const undone = engine.setVisibility(summary.archiveId, { ranges: null });
    expect(undone.exposure).toEqual(before.exposure);
    expect(engine.getSummary(summary.archiveId).exposure).toEqual(before.exposure);
    expect(() =>
      engine.setVisibility(summary.archiveId, { ranges: [{ from: '2024-01-02', to: '2024-01-01' }] }),
    ).toThrow(/ends before/);
  });

  it('survives a re-import of the same archive', async () => {
    const ranges = [{ from: '2000-01-01T00:00:00.000Z', to: null }];
    const corrected = engine.setVisibility(summary.archiveId, { ranges });
    const again = await importArchive(generated.path, { dataDir: join(work.dir, 'data') });
    expect(again.archiveId).toBe(summary.archiveId);
    expect(again.exposure).toEqual(corrected.exposure);
    expect(engine.getVisibility(summary.archiveId).userRanges).toEqual(ranges);
    const protectedRows = engine.queryItems({
      archiveId: summary.archiveId,
      visibilities: ['protected'],
      limit: 1,
    }).total;
    expect(protectedRows).toBe(corrected.exposure.visibility.protected);
    expect(engine.setVisibility(summary.archiveId, { ranges: null }).exposure).toEqual(summary.exposure);
  });
});

describe('CSV export and media', () => {
  it('exports all items with a BOM and a header', () => {
    const out = join(work.dir, 'all.csv');
    expect(engine.exportItemsCsv(summary.archiveId, 'all', out)).toBe(all.length);
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'kind',
      'id',
      'created_at',
      'url',
      'types',
      'visibility',
      'level',
      'channels',
      'flags',
      'text',
    ]);
    expect(rows.length - 1).toBe(all.length);
  });

  it('streams a post photo from the archive, and refuses paths the archive does not reference', async () => {
    const withMedia = all
      .filter((r) => r.kind === 'post')
      .map((r) => engine.getItemDetail(summary.archiveId, r.id))
      .find((d) => d.media.some((m) => m.archivePath));
    const path = withMedia!.media.find((m) => m.archivePath)!.archivePath!;
    const media = await engine.openMedia(summary.archiveId, path);
    const chunks: Buffer[] = [];
    for await (const c of media.stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks)).toEqual(readFileSync(join(generated.path, path)));
    expect(media.size).toBe(Buffer.concat(chunks).length);
    expect(media.mime).toMatch(/^(image|video)\//);
    await expect(engine.openMedia(summary.archiveId, 'data/manifest.js')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(engine.openMedia(summary.archiveId, '../../etc/passwd')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('CSV export of hostile text', () => {
  it('escapes cells a spreadsheet would run as formulas', async () => {
    const dir = join(work.dir, 'hostile');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(dir, 'data'), { recursive: true });
    writeFileSync(
      join(dir, 'data/account.js'),
      ytd('account', [{ account: { accountId: '1', username: 'h' } }]),
    );
    const likes = ['=HYPERLINK("http://evil")', '+1+2', '-3', '@SUM(A1)', 'plain'].map((t, i) => ({
      like: { tweetId: String(100 + i), fullText: t },
    }));
    writeFileSync(join(dir, 'data/like.js'), ytd('like', likes));
    const s = await importArchive(dir, { dataDir: join(work.dir, 'data') });
    const out = join(work.dir, 'hostile.csv');
    expect(engine.exportItemsCsv(s.archiveId, 'all', out)).toBe(5);
    const rows = Papa.parse<Record<string, string>>(readFileSync(out, 'utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const texts = rows.map((r) => r['text']).sort();
    expect(texts).toEqual(["'+1+2", "'-3", '\'=HYPERLINK("http://evil")', "'@SUM(A1)", 'plain'].sort());
  });
});
