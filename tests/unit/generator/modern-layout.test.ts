import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedArchive } from '../../fixtures/generator/index';
import { readArray, readJs, tempDir, unwrap, type Json } from './read-archive';

const QUOTE = /^https?:\/\/(?:www\.)?(?:twitter|x)\.com\/\w{1,15}\/status\/\d+$/;
const TWEET_DATE =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d\d \d\d:\d\d:\d\d \+0000 \d{4}$/;

const secondOf = (createdAt: string): string => new Date(createdAt).toISOString().slice(0, 19);

describe('modern layout (2022+), parsed back from disk', () => {
  const tmp = tempDir('modern');
  let archive: GeneratedArchive;
  let tweets: Json[];
  const root = join(tmp.dir, 'archive');
  const partsOf = (type: string) => archive.files.filter((f) => f.dataType === type);
  const all = (type: string, key: string): Json[] =>
    partsOf(type).flatMap((f) => readArray(root, f.path).map((e) => unwrap(e, key)));

  beforeAll(async () => {
    archive = await generateArchive({ out: root, items: 6000, seed: 42, partSizeBytes: 256 * 1024 });
    tweets = all('tweets', 'tweet');
  });
  afterAll(() => tmp.cleanup());

  it('parses every data file by stripping the prefix, with as many elements as reported', () => {
    for (const file of archive.files) {
      const text = readFileSync(join(root, file.path), 'utf8');
      expect(text.startsWith(`window.${file.globalName} = `), file.path).toBe(true);
      expect(text.endsWith(']') || text.endsWith('}'), file.path).toBe(true);
      const value = readJs(root, file.path);
      if (file.dataType !== 'manifest') expect((value as unknown[]).length, file.path).toBe(file.records);
      expect(Buffer.byteLength(text), file.path).toBe(file.bytes);
    }
  });

  it('derives the same counts from the raw files as it reports', () => {
    const ids = new Set(tweets.map((t) => t.id_str));
    const reposts = tweets.filter((t) => t.full_text.startsWith('RT @'));
    const rest = tweets.filter((t) => !t.full_text.startsWith('RT @'));
    const messages = ['directMessages', 'directMessagesGroup'].flatMap((type) =>
      all(type, 'dmConversation').flatMap((c) => c.messages.filter((m: Json) => 'messageCreate' in m)),
    );
    expect(archive.counts).toEqual({
      posts: ids.size,
      reposts: reposts.length,
      replies: rest.filter((t) => t.in_reply_to_status_id_str).length,
      quotes: rest.filter((t) => t.entities.urls.some((u: Json) => QUOTE.test(u.expanded_url))).length,
      likes: all('like', 'like').length,
      longPosts: all('noteTweet', 'noteTweet').length,
      communityPosts: all('communityTweet', 'tweet').length,
      deletedPosts: all('deletedTweets', 'tweet').length,
      grokMessages: all('grokChatItem', 'grokChatItem').length,
      directMessages: messages.length,
      followers: all('follower', 'follower').length,
      following: all('following', 'following').length,
      blocks: all('block', 'blocking').length,
      mutes: all('mute', 'muting').length,
      bookmarks: null,
    });
    expect(ids.size).toBe(tweets.length);
    expect(archive.counts.posts).toBe(1800);
    expect(archive.counts.likes).toBe(3600);
    for (const key of [
      'reposts',
      'replies',
      'quotes',
      'longPosts',
      'communityPosts',
      'deletedPosts',
      'grokMessages',
    ] as const) {
      expect(archive.counts[key], key).toBeGreaterThan(0);
    }
  });

  it('splits big files into -partN files with matching globals, at the size threshold', () => {
    const parts = partsOf('tweets');
    expect(parts.length).toBeGreaterThanOrEqual(3);
    parts.forEach((p, i) => {
      expect(p.path).toBe(i === 0 ? 'data/tweets.js' : `data/tweets-part${i}.js`);
      expect(p.globalName).toBe(`YTD.tweets.part${i}`);
      if (i < parts.length - 1) expect(p.bytes).toBeGreaterThanOrEqual(256 * 1024);
    });
    expect(partsOf('like').length).toBeGreaterThanOrEqual(2);
  });

  it('lists every data file and part in data/manifest.js with counts equal to array lengths', () => {
    const manifest = readJs(root, 'data/manifest.js') as Json;
    expect(manifest.userInfo).toEqual({
      accountId: archive.account.accountId,
      userName: archive.account.username,
      displayName: archive.account.displayName,
    });
    expect(manifest.archiveInfo.generationDate).toBe(archive.generatedAt);
    const listed = Object.values(manifest.dataTypes as Record<string, Json>).flatMap((t) => t.files ?? []);
    const onDisk = archive.files.filter((f) => f.dataType !== 'manifest');
    expect(listed.map((f: Json) => f.fileName).sort()).toEqual(onDisk.map((f) => f.path).sort());
    for (const f of listed) {
      expect(f.count, f.fileName).toBe(String(readArray(root, f.fileName).length));
      expect(f.globalName.startsWith('YTD.')).toBe(true);
    }
    expect(manifest.dataTypes.tweets.mediaDirectory).toBe('data/tweets_media');
    expect(manifest.dataTypes.tweetsMedia).toEqual({ mediaDirectory: 'data/tweets_media' });
    expect(Object.keys(manifest.dataTypes)).toContain('spacesMetadata');
    expect(Object.keys(manifest.dataTypes)).toContain('someFutureThing');
    expect(archive.unknownTypes).toEqual(['spacesMetadata', 'someFutureThing']);
  });

  it('writes tweets in X shape: string numbers, X dates, HTML-escaped text', () => {
    for (const t of tweets) {
      expect(t.id).toBe(t.id_str);
      expect(t.created_at).toMatch(TWEET_DATE);
      expect(typeof t.favorite_count).toBe('string');
      expect(t.retweeted).toBe(false);
      expect(t.full_text).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
      expect(t.edit_info).toBeDefined();
    }
    expect(tweets.some((t) => t.full_text.includes('&amp;'))).toBe(true);
    expect(tweets.some((t) => t.full_text.includes('&lt;') || t.full_text.includes('&gt;'))).toBe(true);
    expect(tweets.some((t) => t.geo && t.coordinates && t.place)).toBe(true);
    const reposts = tweets.filter((t) => t.full_text.startsWith('RT @'));
    expect(reposts.every((t) => [...t.full_text.replace(/&amp;|&lt;|&gt;/g, '_')].length <= 140)).toBe(true);
    expect(reposts.some((t) => t.full_text.endsWith('\u2026'))).toBe(true);
    expect(reposts.every((t) => t.entities.user_mentions[0].indices[0] === '3')).toBe(true);
    expect(tweets.some((t) => t.in_reply_to_status_id_str && !t.in_reply_to_screen_name)).toBe(true);
  });

  it('matches every note-tweet to exactly one truncated tweet by createdAt to the second', () => {
    const notes = all('noteTweet', 'noteTweet');
    const bySecond = new Map<string, Json[]>();
    for (const t of tweets)
      bySecond.set(secondOf(t.created_at), [...(bySecond.get(secondOf(t.created_at)) ?? []), t]);
    expect(notes.length).toBe(archive.longPosts.length);
    for (const note of notes) {
      const matches = bySecond.get(note.createdAt.slice(0, 19)) ?? [];
      expect(matches, note.noteTweetId).toHaveLength(1);
      const tweet = matches[0]!;
      expect(tweet.id_str).not.toBe(note.noteTweetId);
      expect(tweet.full_text.endsWith('\u2026')).toBe(true);
      const visible = tweet.full_text
        .replace(/^(@\w+ )+/, '')
        .slice(0, -1)
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>');
      expect(note.core.text.startsWith(visible)).toBe(true);
      expect(archive.longPosts).toContainEqual({ tweetId: tweet.id_str, noteTweetId: note.noteTweetId });
    }
  });

  it('links edits through edit_info, the last id being the current version', () => {
    expect(archive.editChains.length).toBeGreaterThan(0);
    const byId = new Map(tweets.map((t) => [t.id_str, t]));
    for (const chain of archive.editChains) {
      const initial = byId.get(chain[0]!)!;
      expect(initial.edit_info.initial.editTweetIds).toEqual(chain);
      for (const id of chain.slice(1)) {
        expect(byId.get(id)!.edit_info.edit.initialTweetId).toBe(chain[0]);
      }
    }
  });

  it('writes a media file per extended_entities medium, named <tweet id>-<basename>', () => {
    const withMedia = tweets.filter((t) => t.extended_entities);
    expect(withMedia.length).toBeGreaterThan(0);
    for (const t of withMedia) {
      expect(t.entities.media).toHaveLength(1);
      for (const m of t.extended_entities.media as Json[]) {
        const url =
          m.type === 'photo'
            ? m.media_url_https
            : (m.video_info.variants as Json[])
                .filter((v) => v.content_type === 'video/mp4')
                .sort((a, b) => Number(b.bitrate) - Number(a.bitrate))[0]!.url;
        const basename = url.split('?')[0].split('/').pop();
        const path = `data/tweets_media/${t.id_str}-${basename}`;
        expect(existsSync(join(root, path)), path).toBe(true);
        expect(archive.mediaFiles).toContain(path);
      }
    }
    const jpeg = readFileSync(
      join(
        root,
        archive.mediaFiles.find((p) => p.endsWith('.jpg'))!,
      ),
    );
    expect([...jpeg.subarray(0, 2), ...jpeg.subarray(-2)]).toEqual([0xff, 0xd8, 0xff, 0xd9]);
    expect(archive.mediaFiles.some((p) => p.endsWith('.mp4'))).toBe(true);
  });

  it('writes the other data types in their documented shapes', () => {
    const headers = all('tweetHeaders', 'tweet');
    expect(headers.map((h) => h.tweet_id).sort()).toEqual(tweets.map((t) => t.id_str).sort());
    const likes = all('like', 'like');
    expect(likes.some((l) => l.fullText === undefined && l.expandedUrl === undefined)).toBe(true);
    expect(
      likes
        .filter((l) => l.expandedUrl)
        .every((l) => l.expandedUrl === `https://twitter.com/i/web/status/${l.tweetId}`),
    ).toBe(true);
    const deleted = all('deletedTweets', 'tweet');
    expect(
      deleted.every(
        (t) => TWEET_DATE.test(t.deleted_at) && Date.parse(t.deleted_at) >= Date.parse(t.created_at),
      ),
    ).toBe(true);
    expect(all('communityTweet', 'tweet').every((t) => t.community_id && t.scopes.followers === false)).toBe(
      true,
    );
    const grok = all('grokChatItem', 'grokChatItem');
    expect(new Set(grok.map((g) => g.sender.name))).toEqual(new Set(['User', 'Agent']));
    const groups = all('directMessagesGroup', 'dmConversation');
    expect(groups.some((c) => c.messages.filter((m: Json) => m.messageCreate).length > 1)).toBe(true);
    expect(groups.every((c) => c.messages.some((m: Json) => m.joinConversation))).toBe(true);
    const oneToOne = all('directMessages', 'dmConversation');
    expect(oneToOne.every((c) => /^\d+-\d+$/.test(c.conversationId))).toBe(true);
    expect(all('follower', 'follower')[0]!.userLink).toMatch(
      /^https:\/\/twitter\.com\/intent\/user\?user_id=\d+$/,
    );
    expect(all('account', 'account')[0]!.accountId).toBe(archive.account.accountId);
    expect(all('protectedHistory', 'protectedHistory').map((p) => p.action)).toEqual(
      archive.protectedHistory.map((p) => p.action),
    );
    const p13n = all('personalization', 'p13nData')[0]!;
    expect(p13n.interests.interests.map((i: Json) => i.name)).toEqual(archive.interests);
    const impressions = all('adImpressions', 'ad').flatMap((a) => a.adsUserData.adImpressions.impressions);
    expect(impressions).toHaveLength(archive.ads.impressions);
    expect(all('ageinfo', 'ageMeta')[0]!.ageInfo.birthDate).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(existsSync(join(root, 'Your archive.html'))).toBe(true);
    expect(existsSync(join(root, 'data/README.txt'))).toBe(true);
  });
});
