import { describe, expect, it } from 'vitest';
import { normaliseTweet, quotedStatusId } from '../../../electron/engine/ingest/normalise/tweet';
import { normaliseCsvTweet } from '../../../electron/engine/ingest/normalise/classic-csv';
import {
  normaliseBookmark,
  normaliseGrok,
  normaliseLike,
  normaliseNote,
} from '../../../electron/engine/ingest/normalise/content';
import { normaliseConversation } from '../../../electron/engine/ingest/normalise/direct-messages';
import {
  normaliseAccount,
  normaliseAds,
  normalisePersonalization,
  normaliseProtectedEvent,
  normaliseRelation,
  normaliseScreenNameChange,
} from '../../../electron/engine/ingest/normalise/account';
import { isSkip, type PostRecord } from '../../../electron/engine/ingest/records';
import { postTypesOfRecord } from '../../../electron/engine/ingest/post-writer';

function post(el: unknown): PostRecord {
  const r = normaliseTweet(el);
  if (isSkip(r)) throw new Error(r.skip);
  return r;
}

const BASE = {
  id_str: '1855222380982907193',
  id: '1855222380982907193',
  created_at: 'Sat Nov 09 12:14:18 +0000 2024',
  full_text: 'Tom &amp; Jerry &lt;3',
  entities: { hashtags: [], user_mentions: [], urls: [] },
};

describe('normaliseTweet', () => {
  it('reads wrapped (2020+) and bare (2019) elements the same way, unescaping the text', () => {
    const wrapped = post({ tweet: BASE });
    expect(post(BASE)).toEqual(wrapped);
    expect(wrapped.tweetId).toBe('1855222380982907193');
    expect(wrapped.createdAt).toBe('2024-11-09T12:14:18.000Z');
    expect(wrapped.text).toBe('Tom & Jerry <3');
    expect(postTypesOfRecord(wrapped)).toEqual(['original']);
  });

  it('detects reposts by their RT prefix and never counts them as replies or quotes', () => {
    const rt = post({
      ...BASE,
      full_text: 'RT @notasintel: #DANA amigo…',
      in_reply_to_status_id_str: '5',
      entities: { urls: [{ expanded_url: 'https://twitter.com/a/status/77' }] },
    });
    expect(rt.isRepost).toBe(true);
    expect(rt.repostOf).toBe('notasintel');
    expect(rt.isQuote).toBe(false);
    expect(postTypesOfRecord(rt)).toEqual(['repost']);
  });

  it('detects replies and quotes (a post can be both)', () => {
    const r = post({
      ...BASE,
      in_reply_to_status_id_str: '42',
      in_reply_to_screen_name: 'bob',
      entities: {
        user_mentions: [{ screen_name: 'bob' }],
        urls: [
          { expanded_url: 'https://example.com/x' },
          { expanded_url: 'https://x.com/someone/status/1767496415922585688?s=20' },
        ],
      },
    });
    expect(r.replyToStatusId).toBe('42');
    expect(r.quotedStatusId).toBe('1767496415922585688');
    expect(r.mentions).toEqual(['bob']);
    expect(postTypesOfRecord(r)).toEqual(['reply', 'quote']);
    expect(quotedStatusId('https://twitter.com/i/web/status/5')).toBeNull();
    expect(quotedStatusId('https://example.com/a/status/5')).toBeNull();
  });

  it('names media files as X does: photo basename, best mp4 for videos', () => {
    const r = post({
      ...BASE,
      extended_entities: {
        media: [
          { type: 'photo', id_str: '1', media_url_https: 'https://pbs.twimg.com/media/GbR_peKWAAA25BG.jpg' },
          {
            type: 'video',
            id_str: '2',
            media_url_https: 'https://pbs.twimg.com/thumb.jpg',
            video_info: {
              variants: [
                { content_type: 'application/x-mpegURL', url: 'https://video.twimg.com/a.m3u8' },
                {
                  content_type: 'video/mp4',
                  bitrate: '832000',
                  url: 'https://video.twimg.com/lo.mp4?tag=12',
                },
                {
                  content_type: 'video/mp4',
                  bitrate: '2176000',
                  url: 'https://video.twimg.com/hi.mp4?tag=12',
                },
              ],
            },
          },
        ],
      },
    });
    expect(r.media.map((m) => [m.type, m.fileName])).toEqual([
      ['photo', 'GbR_peKWAAA25BG.jpg'],
      ['video', 'hi.mp4'],
    ]);
  });

  it('links edit versions and keeps the chain of the original', () => {
    const original = post({
      ...BASE,
      edit_info: { initial: { editTweetIds: ['1855222380982907193', '1855222380982907999'] } },
    });
    expect(original.editInitialId).toBe('1855222380982907193');
    expect(original.editIds).toEqual(['1855222380982907193', '1855222380982907999']);
    const edit = post({
      ...BASE,
      id_str: '1855222380982907999',
      edit_info: {
        edit: { initialTweetId: '1855222380982907193', editControlInitial: { editTweetIds: ['a', 'b'] } },
      },
    });
    expect(edit.editInitialId).toBe('1855222380982907193');
    const single = post({ ...BASE, edit_info: { initial: { editTweetIds: ['1855222380982907193'] } } });
    expect(single.editInitialId).toBeNull();
  });

  it('reads classic tweets: id_str over the imprecise numeric id, retweeted_status, geo lat first', () => {
    const r = post({
      id_str: '1093791097401139200',
      id: 1093791097401139200,
      text: 'hello',
      created_at: '2019-02-08 08:38:13 +0000',
      geo: { type: 'Point', coordinates: [52.5, 13.4] },
      retweeted_status: { user: { screen_name: 'orig' } },
      entities: {},
    });
    expect(r.tweetId).toBe('1093791097401139200');
    expect(r.createdAt).toBe('2019-02-08T08:38:13.000Z');
    expect(r.geo).toEqual({ lat: 52.5, long: 13.4 });
    expect(r.isRepost).toBe(true);
    expect(r.repostOf).toBe('orig');
  });

  it('reads GeoJSON coordinates (long first) and place names', () => {
    const r = post({
      ...BASE,
      coordinates: { coordinates: ['13.4', '52.5'] },
      place: { full_name: 'Berlin, Germany' },
    });
    expect(r.geo).toEqual({ lat: 52.5, long: 13.4, placeName: 'Berlin, Germany' });
  });

  it('skips elements without an id or text, and flags unreadable dates', () => {
    expect(normaliseTweet({ tweet: { full_text: 'x' } })).toEqual({ skip: 'missing id' });
    expect(normaliseTweet({ id: 1093791097401139200, text: 'x' })).toEqual({ skip: 'missing id' });
    expect(normaliseTweet({ id_str: '1' })).toEqual({ skip: 'missing text' });
    expect(normaliseTweet('nope')).toEqual({ skip: 'not an object' });
    const r = post({ ...BASE, created_at: 'yesterday' });
    expect(r.createdAt).toBeNull();
    expect(r.dateInvalid).toBe(true);
  });
});

describe('normaliseCsvTweet', () => {
  const row = {
    tweet_id: '1093759878970040320',
    in_reply_to_status_id: '',
    in_reply_to_user_id: '',
    timestamp: '2019-02-08 06:34:10 +0000',
    source: '<a href="http://twitter.com" rel="nofollow">Twitter Web Client</a>',
    text: 'look &amp; see @alice',
    retweeted_status_id: '',
    expanded_urls:
      'https://twitter.com/brenden_gerelle/status/1093759878970040320/photo/1,https://twitter.com/bob/status/99',
  };

  it("reads a row, ignoring the post's own media link when looking for a quote", () => {
    const r = normaliseCsvTweet(row);
    if (isSkip(r)) throw new Error(r.skip);
    expect(r.text).toBe('look & see @alice');
    expect(r.createdAt).toBe('2019-02-08T06:34:10.000Z');
    expect(r.source).toBe('Twitter Web Client');
    expect(r.quotedStatusId).toBe('99');
    expect(r.mentions).toEqual(['alice']);
  });

  it('treats a retweeted_status_id as a repost and skips rows without an id', () => {
    const r = normaliseCsvTweet({ ...row, retweeted_status_id: '5', expanded_urls: '' });
    expect(!isSkip(r) && r.isRepost).toBe(true);
    expect(normaliseCsvTweet({ ...row, tweet_id: '' })).toEqual({ skip: 'missing id' });
  });
});

describe('content normalisers', () => {
  it('likes: tweet id and unescaped text, no date', () => {
    expect(normaliseLike({ like: { tweetId: '7', fullText: 'a &gt; b', expandedUrl: 'u' } })).toEqual({
      tweetId: '7',
      text: 'a > b',
      expandedUrl: 'u',
    });
    expect(normaliseLike({ like: { tweetId: '7' } })).toEqual({
      tweetId: '7',
      text: null,
      expandedUrl: null,
    });
    expect(normaliseLike({ like: {} })).toEqual({ skip: 'missing tweet id' });
  });

  it('bookmarks: wrapped or bare, with whatever date field exists', () => {
    expect(
      normaliseBookmark({ bookmark: { tweetId: '9', addedAt: '2025-01-02T03:04:05.000Z' } }),
    ).toMatchObject({
      tweetId: '9',
      addedAt: '2025-01-02T03:04:05.000Z',
    });
    expect(normaliseBookmark({ tweetId: '9', bookmarkCollectionId: '3' })).toMatchObject({
      tweetId: '9',
      collectionId: '3',
    });
  });

  it('notes: id, dates and full text', () => {
    expect(
      normaliseNote({
        noteTweet: {
          noteTweetId: '1',
          createdAt: '2023-10-13T14:58:50.000Z',
          core: { text: 'long &amp; full' },
        },
      }),
    ).toEqual({ noteId: '1', createdAt: '2023-10-13T14:58:50.000Z', updatedAt: null, text: 'long & full' });
  });

  it('grok: sender and mode names, message text', () => {
    const g = normaliseGrok({
      grokChatItem: {
        chatId: '5',
        createdAt: '2026-03-01T10:00:00.123Z',
        sender: { value: '1', name: 'User' },
        grokMode: { name: 'Normal' },
        message: 'hi grok',
      },
    });
    expect(g).toMatchObject({ chatId: '5', sender: 'User', mode: 'Normal', text: 'hi grok' });
  });

  it('direct messages: messages, events and participants of a conversation', () => {
    const c = normaliseConversation({
      dmConversation: {
        conversationId: '1-2',
        messages: [
          {
            messageCreate: {
              id: '10',
              senderId: '1',
              recipientId: '2',
              text: 'hey &amp; you',
              createdAt: '2021-01-01T00:00:00.000Z',
              urls: [{ expanded: 'https://e.com' }],
              mediaUrls: [],
              reactions: [{}],
            },
          },
          { conversationNameUpdate: { name: 'Crew' } },
          { messageCreate: { senderId: '1' } },
        ],
      },
    });
    if (isSkip(c)) throw new Error(c.skip);
    expect(c.messages).toHaveLength(1);
    expect(c.messages[0]).toMatchObject({
      messageId: '10',
      text: 'hey & you',
      urls: ['https://e.com'],
      reactions: 1,
    });
    expect(c.name).toBe('Crew');
    expect(c.events).toBe(1);
    expect(c.skippedMessages).toBe(1);
    expect(c.participants.sort()).toEqual(['1', '2']);
  });
});

describe('account normalisers', () => {
  it('account, relations (any wrapper), protected history, screen names', () => {
    expect(
      normaliseAccount({
        account: { accountId: '12497', username: 'simonw', createdAt: '2006-11-15T13:18:50.000Z' },
      }),
    ).toMatchObject({ accountId: '12497', username: 'simonw', createdAt: '2006-11-15T13:18:50.000Z' });
    expect(normaliseRelation({ blocking: { accountId: '3' } })).toBe('3');
    expect(normaliseRelation({ follower: { accountId: '73747798' } })).toBe('73747798');
    expect(normaliseRelation({ muting: {} })).toEqual({ skip: 'missing account id' });
    expect(
      normaliseProtectedEvent({
        protectedHistory: { protectedAt: '2021-02-02T07:40:29.000Z', action: 'Protect' },
      }),
    ).toEqual({ at: '2021-02-02T07:40:29.000Z', action: 'Protect' });
    expect(
      normaliseProtectedEvent({ protectedHistory: { protectedAt: 'x', action: 'Protect' } }),
    ).toHaveProperty('skip');
    expect(
      normaliseScreenNameChange({
        screenNameChange: {
          accountId: '1',
          screenNameChange: { changedAt: '2021-03-17T01:48:45.000Z', changedFrom: 'a', changedTo: 'b' },
        },
      }),
    ).toEqual({ changedAt: '2021-03-17T01:48:45.000Z', changedFrom: 'a', changedTo: 'b' });
  });

  it('personalization: interests and demographics', () => {
    const p = normalisePersonalization({
      p13nData: {
        demographics: {
          languages: [{ language: 'English', isDisabled: false }],
          genderInfo: { gender: 'male' },
        },
        interests: {
          interests: [{ name: 'Dogs', isDisabled: true }],
          partnerInterests: [],
          shows: ['Show A'],
        },
        inferredAgeInfo: { age: ['13-54'], birthDate: '' },
      },
    });
    if (isSkip(p)) throw new Error(p.skip);
    expect(p.interests).toEqual([
      { name: 'Dogs', isDisabled: true, source: 'interest' },
      { name: 'Show A', isDisabled: false, source: 'show' },
    ]);
    expect(p.demographics).toEqual([
      { key: 'language', value: 'English' },
      { key: 'gender', value: 'male' },
      { key: 'inferredAge', value: '13-54' },
    ]);
  });

  it('ads: one record per engagement or impression in the batch', () => {
    const el = {
      ad: {
        adsUserData: {
          adEngagements: {
            engagements: [
              {
                impressionAttributes: {
                  advertiserInfo: { advertiserName: 'Acme', screenName: '@acme' },
                  impressionTime: '2021-06-01 10:00:00',
                  promotedTweetInfo: { tweetId: '5' },
                },
                engagementAttributes: [{ engagementType: 'ChargeableImpression' }],
              },
            ],
          },
        },
      },
    };
    const ads = normaliseAds(el, 'engagements');
    expect(ads).toEqual([
      {
        at: '2021-06-01T10:00:00.000Z',
        advertiserName: 'Acme',
        advertiserScreenName: '@acme',
        tweetId: '5',
        displayLocation: null,
        engagementTypes: ['ChargeableImpression'],
      },
    ]);
  });
});
