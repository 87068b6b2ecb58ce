import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { importArchive, Engine } from '../../../electron/engine/index';
import { emptyCounts, type ArchiveSummary, type Counts } from '../../../shared/model/summary';
import { REAL, readJsValue, tempDir } from './helpers';

type Obj = Record<string, unknown>;
const QUOTE = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/[A-Za-z0-9_]+\/status(?:es)?\/(\d+)/i;

/** Post counts derived here from the raw JSON tweets, by the definitions of issue 3. */
function tweetCounts(elements: unknown[]): Pick<Counts, 'posts' | 'reposts' | 'replies' | 'quotes'> {
  const ids = new Set<string>();
  let reposts = 0,
    replies = 0,
    quotes = 0;
  for (const el of elements) {
    const t = ((el as Obj).tweet ?? el) as Obj;
    ids.add(t.id_str as string);
    const text = (t.full_text ?? t.text) as string;
    const repost = text.startsWith('RT @') || t.retweeted_status !== undefined;
    if (repost) {
      reposts++;
      continue;
    }
    if (t.in_reply_to_status_id_str) replies++;
    const urls = ((t.entities as Obj | undefined)?.urls ?? []) as Obj[];
    if (urls.some((u) => QUOTE.test(String(u.expanded_url)))) quotes++;
  }
  return { posts: ids.size, reposts, replies, quotes };
}

const arr = (path: string) => readJsValue(path) as unknown[];

describe('import of every real archive fixture', () => {
  const { dir: dataDir, cleanup } = tempDir();
  const work = tempDir();
  const results = new Map<string, ArchiveSummary>();
  afterAll(() => {
    cleanup();
    work.cleanup();
  });

  async function imp(path: string): Promise<ArchiveSummary> {
    const s = await importArchive(path, { dataDir });
    results.set(path, s);
    return s;
  }

  it('alrocar__x (2024, tweets.js, notes, edits)', async () => {
    const d = join(REAL, 'alrocar__x/data');
    const s = await imp(join(REAL, 'alrocar__x'));
    expect(s.format).toBe('modern');
    expect(s.account).toEqual({ accountId: '52338276', username: 'alrocar', displayName: 'alrocar 🥘' });
    expect(s.generatedAt).toBe('2024-11-16T11:33:22.222Z');
    expect(s.counts).toEqual({
      ...emptyCounts(),
      ...tweetCounts(arr(join(d, 'tweets.js'))),
      longPosts: arr(join(d, 'note-tweet.js')).length,
    });
    expect(s.counts.posts).toBe(1223);
    const byPath = new Map(s.files.map((f) => [f.path, f]));
    expect(byPath.get('data/tweets.js')).toMatchObject({ status: 'imported', records: 1223 });
    expect(byPath.get('data/like.js')).toMatchObject({ status: 'missing', records: 0 });
    expect(byPath.get('data/tweet-headers.js')).toMatchObject({ status: 'unknown', records: 1223 });
    expect(byPath.get('data/community-tweet.js')).toMatchObject({ status: 'empty', records: 0 });
    expect(s.partial).toBe(false);
  });

  it('alrocar__x: all 41 notes merge into their posts, which get the full text', () => {
    const s = results.get(join(REAL, 'alrocar__x'))!;
    expect(s.warnings.filter((w) => /note/.test(w))).toEqual([]);
    const engine = new Engine({ dataDir });
    try {
      const notes = arr(join(REAL, 'alrocar__x/data/note-tweet.js')).map((n) => (n as Obj).noteTweet as Obj);
      const page = engine.queryItems({ archiveId: s.archiveId, postTypes: ['long'], limit: 100 });
      expect(page.total).toBe(41);
      const texts = new Set(notes.map((n) => (n.core as Obj).text as string));
      for (const row of page.rows) {
        const detail = engine.getItemDetail(s.archiveId, row.id);
        expect(texts.has(detail.text!)).toBe(true);
      }
    } finally {
      engine.close();
    }
  });

  it('MorangTheClang__Twitter2 (2021, tweet.js, likes, protected history)', async () => {
    const d = join(REAL, 'MorangTheClang__Twitter2/data');
    const s = await imp(join(REAL, 'MorangTheClang__Twitter2'));
    expect(s.format).toBe('modern');
    expect(s.account.username).toBe('BrendenRecluse');
    expect(s.counts).toEqual({
      ...emptyCounts(),
      ...tweetCounts(arr(join(d, 'tweet.js'))),
      likes: arr(join(d, 'like.js')).length,
      followers: arr(join(d, 'follower.js')).length,
      following: arr(join(d, 'following.js')).length,
      blocks: arr(join(d, 'block.js')).length,
      mutes: arr(join(d, 'mute.js')).length,
    });
    expect(s.counts).toMatchObject({ posts: 1527, reposts: 97 });
    // 12 events: visibility is known, not assumed.
    expect(s.exposure.visibility.assumedPublic).toBe(0);
    expect(s.exposure.visibility.public + s.exposure.visibility.protected).toBe(1527);
  });

  it('MorangTheClang__TwitterArchiveBefore (classic: tweets.csv + monthly JS)', async () => {
    const root = join(REAL, 'MorangTheClang__TwitterArchiveBefore');
    const s = await imp(root);
    expect(s.format).toBe('classic');
    expect(s.account).toEqual({
      accountId: '854994858712354816',
      username: 'brenden_gerelle',
      displayName: 'Brenden Gerelle',
    });
    expect(s.generatedAt).toBe('2019-02-08T11:27:30.000Z');
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(root, 'tweets.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const js = [
      ...arr(join(root, 'data/js/tweets/2017_04.js')),
      ...arr(join(root, 'data/js/tweets/2019_02.js')),
    ] as Obj[];
    const ids = new Set([...rows.map((r) => r.tweet_id), ...js.map((t) => t.id_str as string)]);
    const repost = (r: Record<string, string>) => r.text!.startsWith('RT @') || r.retweeted_status_id !== '';
    expect(s.counts.posts).toBe(ids.size);
    expect(s.counts.posts).toBe(3313);
    expect(s.counts.reposts).toBe(rows.filter(repost).length);
    expect(s.counts.replies).toBe(rows.filter((r) => !repost(r) && r.in_reply_to_status_id !== '').length);
    expect(s.files.find((f) => f.path === 'tweets.csv')).toMatchObject({ status: 'imported' });
    const index = arr(join(root, 'data/js/tweet_index.js')) as Obj[];
    const absent = index.map((e) => e.file_name as string).filter((f) => !existsSync(join(root, f)));
    expect(absent.length).toBeGreaterThan(0);
    expect(
      s.files
        .filter((f) => f.status === 'missing')
        .map((f) => f.path)
        .sort(),
    ).toEqual(absent.sort());
  });

  it('gedankenstuecke classic monthly file (2016-12, geo points)', async () => {
    const root = join(
      REAL,
      'gedankenstuecke__twitter-analyser/test_archive_2016_2017_2_months.zip.extracted',
    );
    const s = await imp(root);
    const tweets = arr(join(root, 'data/js/tweets/2016_12.js'));
    expect(s.format).toBe('classic');
    expect(s.counts).toEqual({ ...emptyCounts(), ...tweetCounts(tweets) });
    expect(s.counts.posts).toBe(267);
    const withGeo = tweets.filter(
      (t) => ((t as Obj).geo as Obj | undefined)?.coordinates !== undefined,
    ).length;
    expect(withGeo).toBeGreaterThan(0);
    expect(s.exposure.flags.location).toBeGreaterThanOrEqual(withGeo);
    expect(s.files.find((f) => f.path === 'data/js/tweets/2017_01.js')).toMatchObject({ status: 'missing' });
  });

  it('gedankenstuecke 2019 tweet subset (bare elements) as a root-level tweet.js', async () => {
    copyFileSync(
      join(REAL, 'gedankenstuecke__twitter-analyser/new_tweet_subset.js'),
      join(work.dir, 'tweet.js'),
    );
    const s = await imp(work.dir);
    expect(s.format).toBe('2019');
    expect(s.counts).toEqual({ ...emptyCounts(), ...tweetCounts(arr(join(work.dir, 'tweet.js'))) });
    expect(s.counts.posts).toBe(11);
  });

  it('dogsheep 2019 files (account with phone, followers without userLink)', async () => {
    const root = join(REAL, 'dogsheep__twitter-to-sqlite/tests/zip_contents');
    const s = await imp(root);
    expect(s.format).toBe('2019');
    expect(s.account).toEqual({ accountId: '12497', username: 'simonw', displayName: 'Simon Willison' });
    expect(s.counts).toEqual({
      ...emptyCounts(),
      followers: arr(join(root, 'follower.js')).length,
      following: arr(join(root, 'following.js')).length,
    });
    // Saved searches are read now; app.js (apps on the phone) is still not analysed and says so.
    expect(s.files.find((f) => f.path === 'saved-search.js')).toMatchObject({
      status: 'imported',
      records: 2,
    });
    expect(s.files.find((f) => f.path === 'app.js')).toMatchObject({ status: 'unknown', records: 1 });
  });

  it('lists every imported archive in the library', () => {
    const engine = new Engine({ dataDir });
    try {
      const ids = engine
        .listArchives()
        .map((a) => a.archiveId)
        .sort();
      expect(ids).toEqual([...results.values()].map((s) => s.archiveId).sort());
    } finally {
      engine.close();
    }
  });
});
