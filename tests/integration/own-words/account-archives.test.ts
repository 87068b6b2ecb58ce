import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, importArchive } from '../../../electron/engine/index';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { generateArchive } from '../../fixtures/generator/index';
import { tempDir } from '../engine/helpers';

/**
 * The person's own words are kept per account, so saving them checks every archive of that account
 * again as one piece of work, on real SQLite: two archives of one account (made months apart) and an
 * archive of another account, which is left alone. A cancel part way leaves each archive either
 * checked with the new words or marked as waiting, and opening a waiting archive says so; re-checking
 * it brings it up to date.
 */
const tmp = tempDir('xexp-ownwords-account-');
let engine: Engine;
let older: ArchiveSummary;
let newer: ArchiveSummary;
let stranger: ArchiveSummary;
/** Words of posts found in both archives of the account that no word list flags as family. */
let first: string;
let second: string;

function familyItemsWith(archive: ArchiveSummary, text: string): number {
  return engine.queryItems({ archiveId: archive.archiveId, text, flags: ['family'], limit: 1 }).total;
}

function itemsWith(archive: ArchiveSummary, text: string): number {
  return engine.queryItems({ archiveId: archive.archiveId, text, limit: 1 }).total;
}

const itemCount = (archive: ArchiveSummary) =>
  engine.queryItems({ archiveId: archive.archiveId, limit: 1 }).total;

const upToDate = (archive: ArchiveSummary) =>
  Object.fromEntries(engine.getOwnWords(archive.archiveId).archives.map((a) => [a.archiveId, a.upToDate]));

/** A progress callback that stops the job (as Cancel does) once `after` items are done in all. */
function cancelAfter(after: number) {
  const seen: Array<[number, number]> = [];
  const progress = (done: number, total: number) => {
    seen.push([done, total]);
    if (done > after) throw new Error('cancelled');
  };
  return { progress, seen };
}

beforeAll(async () => {
  const make = async (name: string, seed: number, generationDate?: string) => {
    const archive = await generateArchive({
      out: join(tmp.dir, `${name}.zip`),
      items: 400,
      seed,
      media: false,
      ...(generationDate ? { generationDate } : {}),
    });
    return importArchive(archive.path, { dataDir: tmp.dir, classifyWorker: false });
  };
  older = await make('older', 21, '2026-03-01T00:00:00.000Z');
  newer = await make('newer', 21, '2026-10-01T00:00:00.000Z');
  stranger = await make('stranger', 22);
  engine = new Engine({ dataDir: tmp.dir });
  expect(newer.account.accountId).toBe(older.account.accountId);
  expect(newer.archiveId).not.toBe(older.archiveId);
  expect(stranger.account.accountId).not.toBe(older.account.accountId);

  const posts = engine.queryItems({ archiveId: older.archiveId, kinds: ['post'], limit: 300 }).rows;
  const candidates = [...new Set(posts.flatMap((r) => (r.snippet ?? '').match(/\b[a-z]{6,}\b/g) ?? []))];
  const usable = candidates.filter(
    (w) =>
      familyItemsWith(older, w) === 0 &&
      itemsWith(older, w) > 0 &&
      itemsWith(newer, w) > 0 &&
      itemsWith(stranger, w) > 0,
  );
  first = usable[0]!;
  // No item has both, so each archive's matches show which words it was checked with.
  second = usable.find(
    (w) => w !== first && [older, newer, stranger].every((a) => itemsWith(a, `${first} ${w}`) === 0),
  )!;
  expect(second).toBeDefined();
}, 180_000);

afterAll(() => {
  engine?.close();
  tmp.cleanup();
});

describe("own words across the account's archives", () => {
  it('saved from one archive, check every archive of the account again as one job', () => {
    const { progress, seen } = cancelAfter(Infinity);
    const result = engine.setOwnWords(newer.archiveId, { family: [first] }, progress);

    // The archive open in Settings first, then the account's other one; one progress over both.
    expect(result.rechecked).toEqual([newer.archiveId, older.archiveId]);
    const total = itemCount(newer) + itemCount(older);
    expect(seen.every(([, t]) => t === total)).toBe(true);
    expect(seen.map(([d]) => d)).toEqual([...seen.map(([d]) => d)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual([total, total]);

    expect(familyItemsWith(newer, first)).toBeGreaterThan(0);
    expect(familyItemsWith(older, first)).toBeGreaterThan(0);
    expect(engine.getOwnWords(older.archiveId).words).toEqual({ family: [first] });
    expect(upToDate(older)).toEqual({ [newer.archiveId]: true, [older.archiveId]: true });
    expect(result.summary.archiveId).toBe(newer.archiveId);
    expect(engine.getSummary(older.archiveId).exposure.flags.family).toBeGreaterThan(
      older.exposure.flags.family ?? 0,
    );

    // Another account's archive is left alone.
    expect(familyItemsWith(stranger, first)).toBe(0);
    expect(engine.getOwnWords(stranger.archiveId)).toEqual({
      words: {},
      archives: [{ archiveId: stranger.archiveId, generatedAt: stranger.generatedAt, upToDate: true }],
    });
  });

  it('saved again unchanged (or spelled in other capitals), check no archive again', () => {
    const result = engine.setOwnWords(older.archiveId, { family: [` ${first.toUpperCase()} `] });
    expect(result.rechecked).toEqual([]);
    expect(result.archives.every((a) => a.upToDate)).toBe(true);
    // The spelling the person typed is kept.
    expect(result.words).toEqual({ family: [first.toUpperCase()] });
    engine.setOwnWords(older.archiveId, { family: [first] });
  });

  it('cancelled in the first archive, change nothing', () => {
    const { progress } = cancelAfter(0);
    expect(() => engine.setOwnWords(newer.archiveId, { family: [second] }, progress)).toThrow('cancelled');
    expect(engine.getOwnWords(newer.archiveId).words).toEqual({ family: [first] });
    expect(upToDate(newer)).toEqual({ [newer.archiveId]: true, [older.archiveId]: true });
    expect(familyItemsWith(newer, first)).toBeGreaterThan(0);
    expect(familyItemsWith(newer, second)).toBe(0);
    expect(engine.getOverview(newer.archiveId).ownWordsPending).toBe(false);
  });

  it('cancelled part way, keep the words, the first archive checked and the other marked as waiting', () => {
    const { progress } = cancelAfter(itemCount(newer));
    expect(() => engine.setOwnWords(newer.archiveId, { family: [second] }, progress)).toThrow('cancelled');

    expect(engine.getOwnWords(older.archiveId).words).toEqual({ family: [second] });
    expect(upToDate(older)).toEqual({ [newer.archiveId]: true, [older.archiveId]: false });
    // Each archive is consistent: the newer one wholly with the new words, the older wholly with the old.
    expect(familyItemsWith(newer, second)).toBeGreaterThan(0);
    expect(familyItemsWith(newer, first)).toBe(0);
    expect(familyItemsWith(older, first)).toBeGreaterThan(0);
    expect(familyItemsWith(older, second)).toBe(0);

    // Opening each: the one waiting says so.
    expect(engine.getOverview(newer.archiveId).ownWordsPending).toBe(false);
    expect(engine.getOverview(older.archiveId).ownWordsPending).toBe(true);
  });

  it('re-check the waiting archive when it is opened, and nothing when it is up to date', () => {
    expect(engine.recheckOwnWords(newer.archiveId).rechecked).toEqual([]);

    const steps: number[] = [];
    const result = engine.recheckOwnWords(older.archiveId, (done) => steps.push(done));
    expect(result.rechecked).toEqual([older.archiveId]);
    expect(steps.at(-1)).toBe(itemCount(older));
    expect(familyItemsWith(older, second)).toBeGreaterThan(0);
    expect(familyItemsWith(older, first)).toBe(0);
    expect(engine.getOverview(older.archiveId).ownWordsPending).toBe(false);
    expect(result.archives.every((a) => a.upToDate)).toBe(true);
  });

  it('saved after a cancel, check only the archives still waiting', () => {
    const { progress } = cancelAfter(itemCount(older));
    expect(() => engine.setOwnWords(older.archiveId, { family: [first, second] }, progress)).toThrow(
      'cancelled',
    );
    expect(upToDate(older)).toEqual({ [newer.archiveId]: false, [older.archiveId]: true });

    const result = engine.setOwnWords(older.archiveId, { family: [first, second] });
    expect(result.rechecked).toEqual([newer.archiveId]);
    expect(familyItemsWith(newer, first)).toBeGreaterThan(0);
    expect(familyItemsWith(newer, second)).toBeGreaterThan(0);
  });
});
