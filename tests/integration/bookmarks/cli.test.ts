import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateArchive } from '../../fixtures/generator/index';
import { importArchive } from '../../../electron/engine/index';
import type { BookmarkImportResult, BookmarkPreview } from '../../../shared/model/bookmarks';
import { tempDir } from '../engine/helpers';
import { bookmarkId, makeBookmarks, writeCsv } from './bookmark-files';

const BIN = resolve(__dirname, '../../../bin/x-exposure.mjs');
const work = tempDir('xexp-bookmarks-cli-');
const dataDir = join(work.dir, 'data');
let archiveId = '';

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  const g = await generateArchive({ out: join(work.dir, 'archive'), items: 600, seed: 5, media: false });
  archiveId = (await importArchive(g.path, { dataDir })).archiveId;
});

afterAll(() => work.cleanup());

describe('x-exposure bookmarks', () => {
  it('previews with --preview --json and writes nothing', () => {
    const path = join(work.dir, 'b.csv');
    writeCsv(path, makeBookmarks(1, 12));
    const r = run('bookmarks', archiveId, path, '--preview', '--json');
    expect(r.code).toBe(0);
    const preview = JSON.parse(r.stdout) as BookmarkPreview;
    expect(preview).toMatchObject({ totalRows: 12, importable: 12, mapping: { postUrl: 'Tweet URL' } });
    const summary = JSON.parse(run('summary', archiveId, '--json').stdout) as {
      counts: { bookmarks: number | null };
    };
    expect(summary.counts.bookmarks).toBeNull();
  });

  it('imports, with --map overriding the guess, and prints one JSON object', () => {
    const path = join(work.dir, 'odd.csv');
    writeFileSync(path, `a,b\n${bookmarkId(1)},@first\n${bookmarkId(2)},@second\n`);
    const r = run('bookmarks', archiveId, path, '--map', 'a=id', '--map', 'b=author', '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as BookmarkImportResult;
    expect(result).toMatchObject({ imported: 2, merged: 0, replaced: 0, skipped: 0 });
    expect(result.summary.counts.bookmarks).toBe(2);
    const text = run('bookmarks', archiveId, join(work.dir, 'b.csv'));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Imported 12 bookmarks from "b.csv".');
    expect(text.stdout).toContain('They replace the 2 bookmarks of the previous import.');
  });

  it('fails with exit code 2 and one error line for bad files and bad options', () => {
    const latin1 = join(work.dir, 'latin1.csv');
    writeFileSync(latin1, Buffer.from('url\nhttps://x.com/a/status/1 caf\xe9\n', 'latin1'));
    const results = [
      run('bookmarks', archiveId, latin1),
      run('bookmarks', archiveId, join(work.dir, 'b.csv'), '--map', 'Author=nickname'),
      run('bookmarks', archiveId, join(work.dir, 'b.csv'), '--map', 'Nope=text'),
      run('bookmarks', '0123456789abcdef', join(work.dir, 'b.csv')),
    ];
    for (const r of results) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(results[0]!.stderr).toMatch(/^error: latin1\.csv: the file is not UTF-8/);
    expect(results[1]!.stderr).toMatch(/^error: unknown field "nickname" in --map/);
    expect(results[2]!.stderr).toMatch(/^error: b\.csv: the file has no column named "Nope"/);
    expect(results[3]!.stderr).toMatch(/^error: no imported archive with id 0123456789abcdef/);
  });
});
