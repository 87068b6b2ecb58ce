import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { generateArchive } from '../../fixtures/generator/index';
import { Engine, UserFacingError, importArchive } from '../../../electron/engine/index';
import { writeNewerArchive, type NewerArchiveChanges } from '../../../scripts/bench/newer-archive';
import type { ArchiveComparison, CountKey } from '../../../shared/model/compare';
import type { ArchiveSummary, Counts } from '../../../shared/model/summary';
import { readJsValue, tempDir } from '../engine/helpers';

const work = tempDir('xexp-compare-');
const dataDir = join(work.dir, 'data');
let engine: Engine;
let older: ArchiveSummary;
let newer: ArchiveSummary;
let other: ArchiveSummary;
let changes: NewerArchiveChanges;

beforeAll(async () => {
  const a = await generateArchive({ out: join(work.dir, 'older'), items: 3000, seed: 31, media: false });
  changes = await writeNewerArchive(a.path, join(work.dir, 'newer'), {
    dropEvery: 10,
    cloneEvery: 15,
    generationDate: '2026-09-01T08:00:00.000Z',
  });
  const c = await generateArchive({ out: join(work.dir, 'other'), items: 500, seed: 77, media: false });
  older = await importArchive(a.path, { dataDir });
  newer = await importArchive(join(work.dir, 'newer'), { dataDir });
  other = await importArchive(c.path, { dataDir });
  engine = new Engine({ dataDir });
});

afterAll(() => {
  engine.close();
  work.cleanup();
});

const KEYS = [
  'posts',
  'reposts',
  'replies',
  'quotes',
  'likes',
  'longPosts',
  'communityPosts',
  'deletedPosts',
  'grokMessages',
  'directMessages',
  'followers',
  'following',
  'blocks',
  'mutes',
] as const satisfies readonly CountKey[];

function expected(part: Partial<Record<CountKey, number>>): Counts {
  return { ...Object.fromEntries(KEYS.map((k) => [k, part[k] ?? 0])), bookmarks: null } as Counts;
}

/** Post ids of an archive folder's tweets.js, read the simple way. */
function postIds(dir: string): Set<string> {
  const elements = readJsValue(join(dir, 'data', 'tweets.js')) as Array<{ tweet: { id_str: string } }>;
  return new Set(elements.map((e) => e.tweet.id_str));
}

describe('comparing two archives of the same account', () => {
  let result: ArchiveComparison;

  it('the newer archive really differs (a sanity check of the test data)', () => {
    expect(newer.archiveId).not.toBe(older.archiveId);
    expect(newer.account.accountId).toBe(older.account.accountId);
    expect(changes.dropped.posts).toBeGreaterThan(10);
    expect(changes.cloned.likes).toBeGreaterThan(10);
    expect(changes.dropped.directMessages).toBeGreaterThan(0);
  });

  it('counts exactly what was removed, added and kept, per count key', () => {
    result = engine.compareArchives(older.archiveId, newer.archiveId);
    expect(result.removed).toEqual(expected(changes.dropped));
    expect(result.added).toEqual(expected(changes.cloned));
    for (const k of KEYS) {
      expect(result.kept[k], k).toBe(older.counts[k] - (changes.dropped[k] ?? 0));
      expect((result.added[k] ?? 0) + (result.kept[k] ?? 0), k).toBe(newer.counts[k]);
    }
    expect(result.kept.bookmarks).toBeNull();
    expect(result.account.accountId).toBe(older.account.accountId);
    expect(result.older.exposure).toEqual(older.exposure);
    expect(result.newer.exposure).toEqual(newer.exposure);
    expect(result.warnings).toEqual([]);
  });

  it('lists the ids on request, matching the archives’ files', () => {
    const withIds = engine.compareArchives(older.archiveId, newer.archiveId, { withIds: true });
    const a = postIds(join(work.dir, 'older'));
    const b = postIds(join(work.dir, 'newer'));
    expect(new Set(withIds.ids!.removed.posts)).toEqual(new Set([...a].filter((id) => !b.has(id))));
    expect(new Set(withIds.ids!.added.posts)).toEqual(new Set([...b].filter((id) => !a.has(id))));
    expect(withIds.ids!.kept.posts).toHaveLength(result.kept.posts);
    for (const k of KEYS) expect(withIds.ids!.removed[k], k).toHaveLength(result.removed[k]!);
    expect(withIds.ids!.removed.grokMessages[0]).toMatch(/^\d+@\d{4}-/);
    expect(result.ids).toBeUndefined();
  });

  it('lists the removed items themselves, newest first, agreeing with the removed counts', () => {
    const removed = result.removedItems!;
    const itemKeys = [
      'posts',
      'likes',
      'communityPosts',
      'deletedPosts',
      'grokMessages',
      'directMessages',
    ] as const;
    expect(removed.total).toBe(itemKeys.reduce((sum, k) => sum + (result.removed[k] ?? 0), 0));
    expect(removed.sample.length).toBe(Math.min(200, removed.total));
    const dated = removed.sample.map((r) => r.createdAt).filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    const posts = removed.sample.filter((r) => r.kind === 'post').length;
    expect(posts).toBeGreaterThan(0);
    expect(posts).toBeLessThanOrEqual(result.removed.posts!);
    for (const row of removed.sample.filter((r) => r.kind === 'directMessage'))
      expect(row.snippet).toBeNull();
  });

  it('the other way round, removed and added swap, with a warning about the dates', () => {
    const back = engine.compareArchives(newer.archiveId, older.archiveId);
    expect(back.removed).toEqual(result.added);
    expect(back.added).toEqual(result.removed);
    expect(back.warnings[0]).toMatch(/was generated after the newer one/);
  });

  it('refuses archives of different accounts, and an archive compared with itself', () => {
    let err: unknown;
    try {
      engine.compareArchives(older.archiveId, other.archiveId);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserFacingError);
    expect((err as UserFacingError).code).toBe('BAD_INPUT');
    expect((err as UserFacingError).message).toBe(
      `these archives belong to different accounts (@${older.account.username} and @${other.account.username}); ` +
        'a comparison only makes sense between two archives of the same account',
    );
    expect(() => engine.compareArchives(older.archiveId, older.archiveId)).toThrow(/the same archive/);
    expect(() => engine.compareArchives(older.archiveId, '0123456789abcdef')).toThrow(/no imported archive/);
  });
});

describe('the deletion list', () => {
  it('is empty until something is exported', () => {
    const r = engine.compareArchives(older.archiveId, newer.archiveId);
    expect(r.deletionList).toEqual({
      listed: 0,
      stillPresent: 0,
      stillInScope: 0,
      byKind: {},
      gone: 0,
      sample: [],
    });
  });

  it('finds exported items still in the newer archive and in scope, and counts those gone', () => {
    const removedIds = new Set(
      engine.compareArchives(older.archiveId, newer.archiveId, { withIds: true }).ids!.removed.posts,
    );
    const posts = engine.queryItems({
      archiveId: older.archiveId,
      kinds: ['post'],
      channels: ['openWeb'],
      limit: 400,
    }).rows;
    const details = posts.map((r) => engine.getItemDetail(older.archiveId, r.id));
    const gone = details.filter((d) => removedIds.has(d.sourceId)).slice(0, 4);
    const still = details.filter((d) => !removedIds.has(d.sourceId)).slice(0, 6);
    expect(gone).toHaveLength(4);
    const out = join(work.dir, 'deletion-list.csv');
    const rows = engine.exportDeletionList(
      older.archiveId,
      [...gone, ...still].map((d) => d.id),
      out,
    );
    expect(rows).toBe(10);

    const r = engine.compareArchives(older.archiveId, newer.archiveId);
    expect(r.deletionList).toMatchObject({
      listed: 10,
      stillPresent: 6,
      stillInScope: 6,
      byKind: { post: 6 },
      gone: 4,
    });
    expect(new Set(r.deletionList.sample.map((s) => s.sourceId))).toEqual(
      new Set(still.map((d) => d.sourceId)),
    );
    for (const s of r.deletionList.sample) {
      expect(s.kind).toBe('post');
      expect(s.channels).toContain('openWeb');
      expect(engine.getItemDetail(newer.archiveId, s.itemId).sourceId).toBe(s.sourceId);
    }
    // Exporting again does not list an item twice.
    engine.exportDeletionList(older.archiveId, [still[0]!.id], out);
    expect(engine.compareArchives(older.archiveId, newer.archiveId).deletionList.listed).toBe(10);
  });

  it("is not touched by saving items as a plain CSV (the report's file of every item)", () => {
    engine.exportItemsCsv(older.archiveId, 'all', join(work.dir, 'every-item.csv'));
    expect(engine.compareArchives(older.archiveId, newer.archiveId).deletionList.listed).toBe(10);
  });

  it('belongs to the account: another account’s archive does not see it', () => {
    const otherPosts = engine.queryItems({ archiveId: other.archiveId, kinds: ['post'], limit: 1 }).rows;
    engine.exportDeletionList(other.archiveId, [otherPosts[0]!.id], join(work.dir, 'other.csv'));
    expect(engine.compareArchives(older.archiveId, newer.archiveId).deletionList.listed).toBe(10);
  });
});
