import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../fixtures/generator/index';
import { readArray, readJs, tempDir, type Json } from './read-archive';

const tmp = tempDir('options');
afterAll(() => tmp.cleanup());

function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha1').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Reads every entry of a zip: name -> bytes (directories map to null). */
function readZip(path: string): Promise<Map<string, Buffer | null>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Buffer | null>();
    yauzl.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName.endsWith('/')) {
          entries.set(entry.fileName, null);
          return zip.readEntry();
        }
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

describe('determinism', () => {
  it('writes the same bytes for the same seed, and different ones for another seed', async () => {
    const opts = { items: 1200, partSizeBytes: 100_000 };
    const a = await generateArchive({ ...opts, out: join(tmp.dir, 'a'), seed: 3 });
    const b = await generateArchive({ ...opts, out: join(tmp.dir, 'b'), seed: 3 });
    const c = await generateArchive({ ...opts, out: join(tmp.dir, 'c'), seed: 4 });
    expect(hashTree(join(tmp.dir, 'b'))).toEqual(hashTree(join(tmp.dir, 'a')));
    expect(b.counts).toEqual(a.counts);
    expect(b.sensitive).toEqual(a.sensitive);
    expect(readFileSync(join(tmp.dir, 'c/data/tweets.js'))).not.toEqual(
      readFileSync(join(tmp.dir, 'a/data/tweets.js')),
    );
    expect(c.counts.posts).toBe(a.counts.posts);
  });

  it('keeps each data type independent: more likes leave tweets.js unchanged', async () => {
    const base = { seed: 6, counts: { posts: 300, likes: 100 } };
    await generateArchive({ ...base, out: join(tmp.dir, 'i1') });
    await generateArchive({ ...base, out: join(tmp.dir, 'i2'), counts: { posts: 300, likes: 900 } });
    const read = (dir: string, file: string) => readFileSync(join(tmp.dir, dir, 'data', file));
    expect(read('i2', 'tweets.js').equals(read('i1', 'tweets.js'))).toBe(true);
    expect(read('i2', 'like.js').equals(read('i1', 'like.js'))).toBe(false);
  });

  it('writes identical zips for the same seed', async () => {
    const a = await generateArchive({ out: join(tmp.dir, 'z1.zip'), items: 600, seed: 8 });
    await generateArchive({ out: join(tmp.dir, 'z2.zip'), items: 600, seed: 8 });
    expect(readFileSync(join(tmp.dir, 'z2.zip')).equals(readFileSync(join(tmp.dir, 'z1.zip')))).toBe(true);
    expect(a.zipBytes).toBe(statSync(join(tmp.dir, 'z1.zip')).size);
    expect(existsSync(join(tmp.dir, 'z1.zip.staging'))).toBe(false);
  });
});

describe('zip output', () => {
  it('holds the same files as the folder output, media and directory entries included', async () => {
    const folder = await generateArchive({ out: join(tmp.dir, 'same'), items: 800, seed: 21 });
    const zipped = await generateArchive({ out: join(tmp.dir, 'same.zip'), items: 800, seed: 21 });
    expect(zipped.output).toBe('zip');
    expect(zipped.counts).toEqual(folder.counts);
    const entries = await readZip(join(tmp.dir, 'same.zip'));
    const tree = hashTree(join(tmp.dir, 'same'));
    const files = [...entries].filter(([, v]) => v !== null);
    expect(files.map(([k]) => k).sort()).toEqual(Object.keys(tree).sort());
    for (const [name, bytes] of files) {
      expect(createHash('sha1').update(bytes!).digest('hex'), name).toBe(tree[name]);
    }
    expect(entries.has('data/')).toBe(true);
    expect(entries.has('data/tweets_media/')).toBe(true);
  });

  it('re-zips under a top folder with __MACOSX entries when topFolder is set', async () => {
    const archive = await generateArchive({
      out: join(tmp.dir, 'top.zip'),
      items: 500,
      seed: 2,
      topFolder: 'twitter-2026-07-25-abc',
    });
    expect(archive.rootPrefix).toBe('twitter-2026-07-25-abc/');
    const names = [...(await readZip(join(tmp.dir, 'top.zip'))).keys()];
    expect(names).toContain('twitter-2026-07-25-abc/data/manifest.js');
    expect(names).toContain('twitter-2026-07-25-abc/Your archive.html');
    expect(names).toContain('__MACOSX/twitter-2026-07-25-abc/data/._tweets.js');
    expect(
      names.filter((n) => !n.startsWith('__MACOSX/')).every((n) => n.startsWith('twitter-2026-07-25-abc/')),
    ).toBe(true);
  });
});

describe('manifest and file options', () => {
  it('omits data/manifest.js when withManifest is false', async () => {
    const root = join(tmp.dir, 'nomanifest');
    const archive = await generateArchive({ out: root, items: 400, seed: 1, withManifest: false });
    expect(existsSync(join(root, 'data/manifest.js'))).toBe(false);
    expect(archive.generatedAt).toBeNull();
    expect(archive.files.some((f) => f.dataType === 'manifest')).toBe(false);
    expect(readArray(root, 'data/tweets.js')).toHaveLength(archive.counts.posts);
  });

  it('lists a tweets part that is not in the archive when manifestListsMissingFile is set', async () => {
    const root = join(tmp.dir, 'missing');
    const archive = await generateArchive({ out: root, items: 400, seed: 1, manifestListsMissingFile: true });
    expect(archive.missingListedFiles).toEqual(['data/tweets-part1.js']);
    const manifest = readJs(root, 'data/manifest.js') as Json;
    expect(manifest.dataTypes.tweets.files.map((f: Json) => f.fileName)).toEqual([
      'data/tweets.js',
      'data/tweets-part1.js',
    ]);
    expect(existsSync(join(root, 'data/tweets-part1.js'))).toBe(false);
    expect(archive.counts.posts).toBe(readArray(root, 'data/tweets.js').length);
  });

  it('writes the listed files as empty arrays and zeroes their counts', async () => {
    const root = join(tmp.dir, 'empty');
    const archive = await generateArchive({
      out: root,
      items: 600,
      seed: 1,
      emptyFiles: ['block', 'like', 'grok-chat-item', 'account'],
    });
    expect(readFileSync(join(root, 'data/block.js'), 'utf8')).toBe('window.YTD.block.part0 = [ ]');
    expect(readFileSync(join(root, 'data/like.js'), 'utf8')).toBe('window.YTD.like.part0 = [ ]');
    expect(readArray(root, 'data/account.js')).toEqual([]);
    expect(archive.counts.blocks).toBe(0);
    expect(archive.counts.likes).toBe(0);
    expect(archive.counts.grokMessages).toBe(0);
    expect(archive.counts.posts).toBeGreaterThan(0);
    const manifest = readJs(root, 'data/manifest.js') as Json;
    expect(manifest.dataTypes.block.files[0].count).toBe('0');
  });

  it('honours explicit counts and rejects invalid ones', async () => {
    const archive = await generateArchive({
      out: join(tmp.dir, 'counts'),
      counts: { posts: 77, likes: 5, directMessages: 9, grokMessages: 3, followers: 0 },
      seed: 1,
    });
    expect(archive.counts).toMatchObject({
      posts: 77,
      likes: 5,
      directMessages: 9,
      grokMessages: 3,
      followers: 0,
    });
    await expect(generateArchive({ out: join(tmp.dir, 'bad'), counts: { posts: -1 } })).rejects.toThrow(
      /counts.posts/,
    );
  });
});
