import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArchive } from '../../fixtures/generator/index';
import { Engine, UserFacingError, importArchive } from '../../../electron/engine/index';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { ItemRow } from '../../../shared/model/items';
import { tempDir } from '../engine/helpers';
import { bookmarkId, makeBookmarks, writeCsv, writeJson } from './bookmark-files';

const work = tempDir('xexp-bookmarks-');
const dataDir = join(work.dir, 'data');
let engine: Engine;
let summary: ArchiveSummary;

beforeAll(async () => {
  const generated = await generateArchive({
    out: join(work.dir, 'archive'),
    items: 1500,
    seed: 8,
    media: false,
  });
  summary = await importArchive(generated.path, { dataDir });
  engine = new Engine({ dataDir });
});

afterAll(() => {
  engine.close();
  work.cleanup();
});

function bookmarkRows(): ItemRow[] {
  return engine.queryItems({ archiveId: summary.archiveId, kinds: ['bookmark'], limit: 1000 }).rows;
}

function search(text: string): number {
  return engine.queryItems({ archiveId: summary.archiveId, kinds: ['bookmark'], text, limit: 1000 }).total;
}

describe('importing a bookmark export into an archive', () => {
  it('starts with no bookmarks: this archive has no bookmark file', () => {
    expect(summary.counts.bookmarks).toBeNull();
    expect(engine.getBookmarkImport(summary.archiveId)).toBeNull();
    expect(JSON.stringify(engine.getOverview(summary.archiveId))).toContain(
      'Your archive has no bookmark file',
    );
  });

  it('previews a CSV without writing anything', () => {
    const path = join(work.dir, 'preview.csv');
    writeCsv(path, makeBookmarks(1, 30), { bom: true });
    const preview = engine.previewBookmarks(path);
    expect(preview).toMatchObject({
      fileName: 'preview.csv',
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      hasHeader: true,
      columns: ['Tweet URL', 'Author', 'Tweet Text', 'Bookmarked At'],
      mapping: { postUrl: 'Tweet URL', author: 'Author', text: 'Tweet Text', date: 'Bookmarked At' },
      totalRows: 30,
      importable: 30,
      problems: [],
    });
    expect(preview.rows).toHaveLength(20);
    expect(preview.parsed[0]).toEqual({
      row: 1,
      postId: bookmarkId(1),
      author: 'author_1',
      text: 'saved post number 1 about gardening',
      date: '2025-01-01T01:00:00.000Z',
      problem: null,
    });
    expect(bookmarkRows()).toHaveLength(0);
    expect(engine.getSummary(summary.archiveId).counts.bookmarks).toBeNull();
  });

  it('imports bookmarks as private third-party items with sensitivity flags, counted, listed and searchable', () => {
    const path = join(work.dir, 'first.csv');
    const rows = makeBookmarks(1, 40);
    rows[3]!.text = 'write to jane.doe@example.com about the quinces';
    rows[4]!.text = 'my diagnosis of diabetes came back';
    writeCsv(path, rows);
    const result = engine.importBookmarks(summary.archiveId, path);
    expect(result).toMatchObject({ imported: 40, merged: 0, replaced: 0, skipped: 0 });
    expect(result.summary.counts.bookmarks).toBe(40);
    expect(engine.getSummary(summary.archiveId).counts.bookmarks).toBe(40);
    expect(engine.listArchives().find((e) => e.archiveId === summary.archiveId)?.counts.bookmarks).toBe(40);
    expect(result.summary.exposure.channels.thirdParty).toBe(summary.exposure.channels.thirdParty + 40);
    expect(result.summary.exposure.channels.grokTraining).toBe(summary.exposure.channels.grokTraining);

    const listed = bookmarkRows();
    expect(listed).toHaveLength(40);
    for (const r of listed) {
      expect(r.channels).toEqual(['thirdParty']);
      expect(r.visibility).toBe('private');
    }
    const byText = new Map(listed.map((r) => [r.snippet, r]));
    expect(byText.get('write to jane.doe@example.com about the quinces')?.flags).toEqual(['contact']);
    expect(byText.get('my diagnosis of diabetes came back')?.flags).toEqual(['health']);
    expect(search('quinces')).toBe(1);
    expect(search('gardening')).toBe(38);

    const detail = engine.getItemDetail(
      summary.archiveId,
      listed.find((r) => r.snippet?.includes('quinces'))!.id,
    );
    expect(detail.url).toBe(`https://x.com/author_4/status/${bookmarkId(4)}`);
    expect(detail.createdAt).toBe('2025-01-01T04:00:00.000Z');

    const overview = engine.getOverview(summary.archiveId);
    expect(JSON.stringify(overview)).not.toContain('Your archive has no bookmark file');
    expect(engine.getBookmarkImport(summary.archiveId)).toMatchObject({
      fileName: 'first.csv',
      imported: 40,
      merged: 0,
    });
  });

  it('replaces the previous import with a newer export, in one go, index included', () => {
    const path = join(work.dir, 'newer.json');
    writeJson(
      path,
      makeBookmarks(31, 25, (n) => `kept or new post ${n} about beekeeping`),
    );
    const result = engine.importBookmarks(summary.archiveId, path);
    expect(result).toMatchObject({ imported: 25, merged: 0, replaced: 40, skipped: 0 });
    expect(result.summary.counts.bookmarks).toBe(25);
    expect(result.summary.exposure.channels.thirdParty).toBe(summary.exposure.channels.thirdParty + 25);
    expect(bookmarkRows()).toHaveLength(25);
    expect(search('quinces')).toBe(0);
    expect(search('gardening')).toBe(0);
    expect(search('beekeeping')).toBe(25);
    const facets = engine.queryItems({ archiveId: summary.archiveId, limit: 1 }).kindCounts;
    expect(facets.bookmark).toBe(25);
  });

  it('refuses a file it cannot use and leaves the previous import in place', () => {
    const latin1 = join(work.dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('url,text\nhttps://x.com/a/status/1,caf\xe9\n', 'latin1'));
    expect(() => engine.importBookmarks(summary.archiveId, latin1)).toThrow(/not UTF-8/);
    const noPosts = join(work.dir, 'no-posts.csv');
    writeFileSync(noPosts, 'title,notes\nsomething,else\n');
    let err: unknown;
    try {
      engine.importBookmarks(summary.archiveId, noPosts);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserFacingError);
    expect((err as UserFacingError).message).toMatch(/no column holds post ids or links/);
    expect((err as UserFacingError).file).toBe('no-posts.csv');
    expect(engine.getSummary(summary.archiveId).counts.bookmarks).toBe(25);
    expect(bookmarkRows()).toHaveLength(25);
  });

  it('imports with the user’s mapping when the guess is wrong', () => {
    const path = join(work.dir, 'odd.csv');
    writeFileSync(
      path,
      'a;b;c\n' +
        `x;${bookmarkId(500)};first odd text\n` +
        `y;${bookmarkId(501)};second odd text\n` +
        `z;;no id here\n`,
    );
    const guessed = engine.previewBookmarks(path);
    expect(guessed.delimiter).toBe(';');
    expect(guessed.mapping).toEqual({ postId: 'b', text: 'c' });
    const result = engine.importBookmarks(summary.archiveId, path, { postId: 'b', author: 'a' });
    expect(result).toMatchObject({ imported: 2, skipped: 1, replaced: 25 });
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', rows: 1, examples: [3] }),
    ]);
    const rows = bookmarkRows();
    expect(rows.map((r) => r.snippet)).toEqual([null, null]);
    const detail = engine.getItemDetail(summary.archiveId, rows[0]!.id);
    expect(detail.url).toMatch(/^https:\/\/x\.com\/[xy]\/status\/19000000000000005/);
  });

  it('reports how far an import is, and a stop while writing keeps the previous import', () => {
    const before = join(work.dir, 'kept.csv');
    writeCsv(before, makeBookmarks(500, 5));
    engine.importBookmarks(summary.archiveId, before);
    const path = join(work.dir, 'stopped.csv');
    writeCsv(path, makeBookmarks(1000, 12_000));
    const seen: Array<[number, number]> = [];
    const stop = new Error('stopped');
    expect(() =>
      engine.importBookmarks(summary.archiveId, path, undefined, (done, total) => {
        seen.push([done, total]);
        if (done > total * 0.6) throw stop;
      }),
    ).toThrow(stop);
    // Read in several chunks, then rows written, on one rising scale, stopped before the end.
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen.map(([d]) => d)).toEqual(seen.map(([d]) => d).sort((a, b) => a - b));
    expect(seen.at(-1)![0]).toBeLessThan(seen.at(-1)![1]);
    expect(bookmarkRows()).toHaveLength(5);
    expect(engine.getBookmarkImport(summary.archiveId)?.fileName).toBe('kept.csv');
  });

  it('imports a huge export (60,000 rows) and replaces it again', () => {
    const path = join(work.dir, 'huge.csv');
    writeCsv(path, makeBookmarks(10_000, 60_000));
    const result = engine.importBookmarks(summary.archiveId, path);
    expect(result).toMatchObject({ imported: 60_000, merged: 0, replaced: 5, skipped: 0 });
    expect(result.summary.counts.bookmarks).toBe(60_000);
    expect(engine.queryItems({ archiveId: summary.archiveId, kinds: ['bookmark'], limit: 1 }).total).toBe(
      60_000,
    );
    expect(search('gardening')).toBe(60_000);
    const small = join(work.dir, 'small-again.csv');
    writeCsv(small, makeBookmarks(1, 3));
    expect(engine.importBookmarks(summary.archiveId, small)).toMatchObject({ imported: 3, replaced: 60_000 });
    expect(search('gardening')).toBe(3);
  });
});
