import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, UserFacingError } from '../../../electron/engine/index';
import { tempDir } from '../engine/helpers';
import { bookmarkId, makeBookmarks, writeCsv } from './bookmark-files';

/** Previews need no archive: these run against an empty library. */
const work = tempDir('xexp-bookmark-shapes-');
let engine: Engine;

beforeAll(() => {
  engine = new Engine({ dataDir: join(work.dir, 'data') });
});

afterAll(() => {
  engine.close();
  work.cleanup();
});

function file(name: string, content: string | Buffer): string {
  const path = join(work.dir, name);
  writeFileSync(path, content);
  return path;
}

describe('bookmark files of several shapes', () => {
  it('a tab-separated file with quoted newlines and no header', () => {
    const path = file(
      'tabs.tsv',
      `${bookmarkId(1)}\t"first line\nsecond line"\t2025-02-03\n${bookmarkId(2)}\tplain text here\t2025-02-04\n`,
    );
    const p = engine.previewBookmarks(path);
    expect(p).toMatchObject({ delimiter: '\t', hasHeader: false, totalRows: 2, importable: 2 });
    expect(p.mapping).toEqual({ postId: 'Column 1', text: 'Column 2', date: 'Column 3' });
    expect(p.parsed[0]?.text).toBe('first line\nsecond line');
  });

  it('a file missing the text and date columns: importable, with nothing guessed for them', () => {
    const path = file('ids.csv', `id\n${bookmarkId(1)}\n${bookmarkId(2)}\n`);
    const p = engine.previewBookmarks(path);
    expect(p.mapping).toEqual({ postId: 'id' });
    expect(p.importable).toBe(2);
    expect(p.problems).toEqual([]);
  });

  it('a file without any post column: an error that asks for a mapping', () => {
    const p = engine.previewBookmarks(file('notes.csv', 'title,notes\nsomething,else\n'));
    expect(p.importable).toBe(0);
    expect(p.problems[0]).toMatchObject({ severity: 'error' });
    expect(p.problems[0]?.message).toMatch(/choose one in the column mapping/);
  });

  it('a mapping naming a column the file lacks is refused with the file named', () => {
    const path = file('ids2.csv', `id\n${bookmarkId(1)}\n`);
    let err: unknown;
    try {
      engine.previewBookmarks(path, { postId: 'Tweet ID' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserFacingError);
    expect((err as UserFacingError).message).toBe('the file has no column named "Tweet ID"');
    expect((err as UserFacingError).file).toBe('ids2.csv');
  });

  it('Windows-1252 text is refused, not garbled; UTF-16 is read', () => {
    const bad = file(
      'cp1252.csv',
      Buffer.from(`url,text\nhttps://x.com/a/status/1,na\xefve caf\xe9\n`, 'latin1'),
    );
    expect(() => engine.previewBookmarks(bad)).toThrow(/not UTF-8/);
    const utf16 = file(
      'utf16.csv',
      Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('url,text\nhttps://x.com/a/status/1,naïve café\n', 'utf16le'),
      ]),
    );
    const p = engine.previewBookmarks(utf16);
    expect(p.encoding).toBe('utf-16le');
    expect(p.parsed[0]).toMatchObject({ postId: '1', author: 'a', text: 'naïve café' });
  });

  it('a missing or empty file gets a clear error', () => {
    expect(() => engine.previewBookmarks(join(work.dir, 'nope.csv'))).toThrow(/cannot be read/);
    expect(() => engine.previewBookmarks(file('empty.csv', ''))).toThrow(/empty/);
  });

  it('a huge export (200,000 rows) is previewed in full', () => {
    const path = join(work.dir, 'huge.csv');
    writeCsv(path, makeBookmarks(1, 200_000));
    const p = engine.previewBookmarks(path);
    expect(p.totalRows).toBe(200_000);
    expect(p.importable).toBe(200_000);
    expect(p.rows).toHaveLength(20);
    expect(p.parsed[19]?.postId).toBe(bookmarkId(20));
  });
});
