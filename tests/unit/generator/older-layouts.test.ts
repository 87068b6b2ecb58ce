import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../fixtures/generator/index';
import { readArray, readJs, tempDir, type Json } from './read-archive';

const tmp = tempDir('older');
afterAll(() => tmp.cleanup());

describe('modern2021 layout (2020 to Oct 2022)', () => {
  it('uses tweet.js, YTD.tweet, tweet_media and no late-2022 files or edit_info', async () => {
    const root = join(tmp.dir, 'm2021');
    const archive = await generateArchive({ out: root, layout: 'modern2021', items: 1500, seed: 5 });
    expect(archive.format).toBe('modern');
    const tweetFile = archive.files.find((f) => f.path === 'data/tweet.js')!;
    expect(tweetFile.globalName).toBe('YTD.tweet.part0');
    const tweets = readArray(root, 'data/tweet.js').map((e) => e.tweet as Json);
    expect(tweets).toHaveLength(archive.counts.posts);
    expect(tweets.every((t) => t.edit_info === undefined)).toBe(true);
    expect(tweets.every((t) => Date.parse(t.created_at) < Date.parse(archive.generationDate))).toBe(true);
    for (const file of [
      'tweets.js',
      'tweet-headers.js',
      'note-tweet.js',
      'deleted-tweets.js',
      'grok-chat-item.js',
    ]) {
      expect(existsSync(join(root, 'data', file)), file).toBe(false);
    }
    const manifest = readJs(root, 'data/manifest.js') as Json;
    expect(manifest.dataTypes.tweet.mediaDirectory).toBe('data/tweet_media');
    expect(
      archive.mediaFiles.every((p) =>
        /^data\/(tweet_media|direct_messages_media|direct_messages_group_media|profile_media)\//.test(p),
      ),
    ).toBe(true);
    expect(archive.counts.directMessages).toBeGreaterThan(0);
    expect(archive.counts.grokMessages + archive.counts.longPosts + archive.counts.deletedPosts).toBe(0);
  });
});

describe('2019 layout', () => {
  it('puts files at the root with bare tweets, compact style and no manifest', async () => {
    const root = join(tmp.dir, 'y2019');
    const archive = await generateArchive({ out: root, layout: '2019', items: 1000, seed: 9 });
    expect(archive.format).toBe('2019');
    expect(archive.generatedAt).toBeNull();
    expect(existsSync(join(root, 'data'))).toBe(false);
    expect(existsSync(join(root, 'manifest.js'))).toBe(false);
    const text = readFileSync(join(root, 'tweet.js'), 'utf8');
    expect(text.startsWith('window.YTD.tweet.part0 = [ {\n  "retweeted" : false,')).toBe(true);
    expect(text).not.toMatch(/[\u{10000}-\u{10FFFF}]/u);
    const tweets = readArray(root, 'tweet.js');
    expect(tweets).toHaveLength(archive.counts.posts);
    expect(tweets.every((t) => !('tweet' in t) && typeof t.id_str === 'string')).toBe(true);
    expect(
      readArray(root, 'follower.js').every((f) => Object.keys(f.follower as Json).join() === 'accountId'),
    ).toBe(true);
    expect((readArray(root, 'account.js')[0]!.account as Json).phoneNumber).toBeDefined();
    expect(archive.mediaFiles.every((p) => p.startsWith('tweet_media/'))).toBe(true);
    expect(archive.counts.likes).toBe(readArray(root, 'like.js').length);
  });
});

describe('classic layout (Grailbird)', () => {
  const root = join(tmp.dir, 'classic');

  it('writes tweets.csv that round-trips with papaparse, multi-line cells included', async () => {
    const archive = await generateArchive({ out: root, layout: 'classic', items: 800, seed: 11 });
    expect(archive.format).toBe('classic');
    const csv = readFileSync(join(root, 'tweets.csv'), 'utf8');
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'tweet_id',
      'in_reply_to_status_id',
      'in_reply_to_user_id',
      'timestamp',
      'source',
      'text',
      'retweeted_status_id',
      'retweeted_status_user_id',
      'retweeted_status_timestamp',
      'expanded_urls',
    ]);
    const rows = parsed.data;
    expect(rows).toHaveLength(800);
    expect(rows.some((r) => r.text!.includes('\n'))).toBe(true);
    expect(rows.some((r) => r.source!.includes('"'))).toBe(true);

    const months = archive.files.filter((f) => f.globalName?.startsWith('Grailbird.data.'));
    const tweets = months.flatMap((f) => readArray(root, f.path));
    expect(tweets.map((t) => t.id_str)).toEqual(rows.map((r) => r.tweet_id));
    tweets.forEach((t, i) => {
      const row = rows[i]!;
      expect(row.text).toBe(t.text);
      expect(row.timestamp).toBe(t.created_at);
      expect(row.retweeted_status_id).toBe((t.retweeted_status as Json | undefined)?.id_str ?? '');
      expect(row.in_reply_to_status_id).toBe(t.in_reply_to_status_id_str ?? '');
    });
    const reposts = tweets.filter((t) => t.retweeted_status);
    expect(archive.counts.reposts).toBe(reposts.length);
    expect(archive.counts.replies).toBe(
      tweets.filter((t) => !t.retweeted_status && t.in_reply_to_status_id_str).length,
    );
    expect(reposts.length).toBeGreaterThan(0);
    // Classic ids are bare JSON numbers: parsing them loses precision, id_str does not.
    expect(readFileSync(join(root, months[0]!.path), 'utf8')).toMatch(/"id" : \d{18,19},/);
    expect(tweets.some((t) => String(t.id) !== t.id_str)).toBe(true);
  });

  it('indexes every monthly file in tweet_index.js and describes the payload', () => {
    const index = readJs(root, 'data/js/tweet_index.js') as Json[];
    expect(index.reduce((sum, m) => sum + m.tweet_count, 0)).toBe(800);
    for (const m of index) {
      const tweets = readArray(root, m.file_name);
      expect(tweets).toHaveLength(m.tweet_count);
      const key = `${m.year}_${String(m.month).padStart(2, '0')}`;
      expect(m.var_name).toBe(`tweets_${key}`);
      expect(
        tweets.every((t) =>
          (t.created_at as string).startsWith(`${m.year}-${String(m.month).padStart(2, '0')}`),
        ),
      ).toBe(true);
    }
    expect((readJs(root, 'data/js/payload_details.js') as Json).tweets).toBe(800);
    expect(
      readFileSync(join(root, 'data/js/user_details.js'), 'utf8').startsWith('var user_details =  {'),
    ).toBe(true);
  });
});
