import { describe, expect, it } from 'vitest';
import { ZipEntryTable, type ZipEntry } from '../../../electron/engine/archive/zip-entry-table';

const entry = (path: string, n: number, extra: Partial<ZipEntry> = {}): ZipEntry => ({
  path,
  size: n * 10,
  compressedSize: n * 3,
  localHeaderOffset: n * 1000,
  compressionMethod: n % 2 === 0 ? 8 : 0,
  crc32: 0xfffffff0 + (n % 16),
  ...extra,
});

describe('ZipEntryTable', () => {
  it('gives back every entry as it was set, in order, past its first growth', () => {
    const table = new ZipEntryTable();
    const all = Array.from({ length: 3000 }, (_, i) => entry(`data/tweets_media/${i}-photo.jpg`, i));
    // Numbers beyond 32 bits (ZIP64 offsets and sizes) are kept exactly.
    all.push(entry('data/big.js', 1, { size: 2 ** 40 + 7, localHeaderOffset: 2 ** 33 + 1 }));
    for (const e of all) table.set(e);

    expect(table.size).toBe(all.length);
    expect([...table.values()]).toEqual(all);
    expect([...table.keys()]).toEqual(all.map((e) => e.path));
    expect([...table]).toEqual(all.map((e) => [e.path, e]));
    expect(table.get('data/big.js')).toEqual(all.at(-1));
    expect(table.get('data/missing.js')).toBeUndefined();
    expect(table.has('data/tweets_media/2999-photo.jpg')).toBe(true);
    expect(table.has('data/missing.js')).toBe(false);
  });

  it.each([
    { case: 'a problem', extra: { problem: 'the entry is a symbolic link, which is not followed' } },
    { case: 'a password', extra: { problem: 'the entry is password-protected', encrypted: true } },
    { case: 'nothing wrong', extra: {} },
  ])('keeps $case with its entry only', ({ extra }) => {
    const table = new ZipEntryTable();
    table.set(entry('a.js', 1));
    table.set(entry('b.js', 2, extra));
    table.set(entry('c.js', 3));
    expect(table.get('b.js')).toEqual(entry('b.js', 2, extra));
    expect(table.get('a.js')).toEqual(entry('a.js', 1));
    expect(table.get('c.js')).toEqual(entry('c.js', 3));
  });

  it('replaces an entry of the same path in its place, as a Map does', () => {
    const table = new ZipEntryTable();
    table.set(entry('a.js', 1, { problem: 'x', encrypted: true }));
    table.set(entry('b.js', 2));
    table.set(entry('a.js', 5, { problem: 'duplicate' }));
    expect(table.size).toBe(2);
    expect([...table.values()]).toEqual([entry('a.js', 5, { problem: 'duplicate' }), entry('b.js', 2)]);
    const seen: string[] = [];
    table.forEach((value, key, map) => {
      expect(map).toBe(table);
      seen.push(`${key}:${value.size}`);
    });
    expect(seen).toEqual(['a.js:50', 'b.js:20']);
  });
});

describe('ZipEntryTable names', () => {
  it('finds names in any script, and no name that merely shares bytes or a prefix', () => {
    const table = new ZipEntryTable();
    const names = [
      'data/tweets.js',
      'data/tweets.js.bak',
      'données/été.js',
      'データ/ツイート.js',
      '😀.jpg',
      '',
    ];
    names.forEach((n, i) => table.set(entry(n, i + 1)));
    table.trim();
    for (const [i, n] of names.entries()) expect(table.get(n)).toEqual(entry(n, i + 1));
    expect([...table.keys()]).toEqual(names);
    for (const other of ['data/tweets', 'data/tweets.j', 'Data/tweets.js', 'données/ete.js', '😁.jpg'])
      expect(table.has(other)).toBe(false);
  });

  it('still answers after being trimmed to its entries, and takes more after that', () => {
    const table = new ZipEntryTable();
    for (let i = 0; i < 5000; i++) table.set(entry(`m/${i}.jpg`, i));
    table.trim();
    table.set(entry('late.js', 7));
    expect(table.size).toBe(5001);
    expect(table.get('m/4321.jpg')).toEqual(entry('m/4321.jpg', 4321));
    expect(table.get('late.js')).toEqual(entry('late.js', 7));
  });
});
