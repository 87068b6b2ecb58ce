import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArchive } from '../../fixtures/generator/index';
import { Engine, importArchive } from '../../../electron/engine/index';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { tempDir, ytd } from '../engine/helpers';
import { bookmarkId, makeBookmarks, writeCsv } from './bookmark-files';

/** An archive that (unlike any seen so far) has a bookmark data file: 10 posts, the last 5 without text. */
const work = tempDir('xexp-bookmark-merge-');
const dataDir = join(work.dir, 'data');
let engine: Engine;
let summary: ArchiveSummary;
let archivePath: string;

beforeAll(async () => {
  const generated = await generateArchive({
    out: join(work.dir, 'archive'),
    items: 800,
    seed: 12,
    media: false,
  });
  const inArchive = Array.from({ length: 10 }, (_, i) => ({
    bookmark: {
      tweetId: bookmarkId(i + 1),
      ...(i < 5 ? { fullText: `archive bookmark ${i + 1} about orchards` } : {}),
      addedAt: '2025-06-01T10:00:00.000Z',
    },
  }));
  writeFileSync(join(generated.path, 'data', 'bookmark.js'), ytd('bookmark', inArchive));
  archivePath = generated.path;
  summary = await importArchive(archivePath, { dataDir });
  engine = new Engine({ dataDir });
});

afterAll(() => {
  engine.close();
  work.cleanup();
});

const bookmarks = () =>
  engine.queryItems({ archiveId: summary.archiveId, kinds: ['bookmark'], limit: 100 }).rows;
const search = (text: string) =>
  engine.queryItems({ archiveId: summary.archiveId, kinds: ['bookmark'], text, limit: 100 }).total;

describe('bookmarks from the archive and from an export, merged by post id', () => {
  it('imports the archive’s own bookmark file directly', () => {
    expect(summary.counts.bookmarks).toBe(10);
    expect(bookmarks()).toHaveLength(10);
  });

  it('adds only the posts the archive lacks, and fills in text the archive lacked', () => {
    const path = join(work.dir, 'export.csv');
    // Posts 6..15: 6..10 are in the archive without text, 11..15 are new.
    const rows = makeBookmarks(6, 10, (n) => `exported bookmark ${n} about vineyards`);
    rows[0]!.text = 'exported bookmark 6: call me on +1 415 555 0100';
    writeCsv(path, rows);
    const result = engine.importBookmarks(summary.archiveId, path);
    expect(result).toMatchObject({ imported: 10, merged: 5, replaced: 0 });
    expect(result.summary.counts.bookmarks).toBe(15);
    const rowsNow = bookmarks();
    expect(rowsNow).toHaveLength(15);
    expect(new Set(rowsNow.map((r) => r.id)).size).toBe(15);
    expect(search('orchards')).toBe(5);
    expect(search('vineyards')).toBe(9);
    const six = rowsNow.find((r) => r.snippet?.startsWith('exported bookmark 6:'));
    expect(six?.flags).toEqual(['contact']);
    // The merged item is still the archive's (its date is the archive's addedAt).
    expect(six?.createdAt).toBe('2025-06-01T10:00:00.000Z');
  });

  it('a re-import of the archive keeps the export, merged as before', async () => {
    const before = { rows: bookmarks(), state: engine.getBookmarkImport(summary.archiveId) };
    const again = await importArchive(archivePath, { dataDir });
    expect(again.archiveId).toBe(summary.archiveId);
    expect(again.counts.bookmarks).toBe(15);
    expect(engine.getSummary(summary.archiveId).counts.bookmarks).toBe(15);
    expect(bookmarks()).toEqual(before.rows);
    expect(engine.getBookmarkImport(summary.archiveId)).toEqual(before.state);
    expect(search('orchards')).toBe(5);
    expect(search('vineyards')).toBe(9);
    expect(again.exposure.flags.contact).toBe(summary.exposure.flags.contact + 1);
  });

  it('a newer export replaces the export only: archive bookmarks stay, borrowed text goes back', () => {
    const path = join(work.dir, 'newer.csv');
    writeCsv(
      path,
      makeBookmarks(20, 3, (n) => `newest bookmark ${n} about hedgerows`),
    );
    const result = engine.importBookmarks(summary.archiveId, path);
    expect(result).toMatchObject({ imported: 3, merged: 0, replaced: 10 });
    expect(result.summary.counts.bookmarks).toBe(13);
    const rowsNow = bookmarks();
    expect(rowsNow).toHaveLength(13);
    expect(search('vineyards')).toBe(0);
    expect(search('orchards')).toBe(5);
    expect(search('hedgerows')).toBe(3);
    expect(rowsNow.filter((r) => r.snippet === null)).toHaveLength(5);
    expect(rowsNow.every((r) => r.flags.length === 0)).toBe(true);
    expect(result.summary.exposure.flags.contact).toBe(summary.exposure.flags.contact);
  });
});
