import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { normaliseTweet } from '../../../electron/engine/ingest/normalise/tweet';
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
  normaliseProfile,
  normaliseProtectedEvent,
  normaliseRelation,
  normaliseScreenNameChange,
} from '../../../electron/engine/ingest/normalise/account';
import { normaliseCsvTweet } from '../../../electron/engine/ingest/normalise/classic-csv';
import { isSkip } from '../../../electron/engine/ingest/records';
import { parseArchiveDate } from '../../../electron/engine/parse/dates';
import { FUZZ, trickyString } from './support';
import { PROPERTY_TEST_TIMEOUT_MS } from '../property-budget';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

/** Every field name the normalisers read, so generated records reach past the first checks. */
const FIELDS = [
  'id',
  'id_str',
  'full_text',
  'text',
  'created_at',
  'entities',
  'extended_entities',
  'urls',
  'expanded_url',
  'media',
  'media_url_https',
  'media_url',
  'type',
  'video_info',
  'variants',
  'content_type',
  'bitrate',
  'url',
  'user_mentions',
  'screen_name',
  'hashtags',
  'retweeted_status',
  'user',
  'edit_info',
  'initial',
  'editTweetIds',
  'geo',
  'coordinates',
  'place',
  'full_name',
  'source',
  'possibly_sensitive',
  'deleted_at',
  'in_reply_to_status_id_str',
  'in_reply_to_user_id_str',
  'community_id_str',
  'favorite_count',
  'tweetId',
  'fullText',
  'expandedUrl',
  'noteTweetId',
  'core',
  'createdAt',
  'updatedAt',
  'chatId',
  'message',
  'sender',
  'grokMode',
  'name',
  'postIds',
  'attachments',
  'conversationId',
  'messages',
  'messageCreate',
  'senderId',
  'recipientId',
  'reactions',
  'mediaUrls',
  'conversationNameUpdate',
  'participantsJoin',
  'userIds',
  'accountId',
  'username',
  'accountDisplayName',
  'email',
  'phoneNumber',
  'description',
  'bio',
  'website',
  'location',
  'avatarMediaUrl',
  'changedAt',
  'changedFrom',
  'changedTo',
  'screenNameChange',
  'protectedAt',
  'action',
  'interests',
  'partnerInterests',
  'shows',
  'demographics',
  'languages',
  'language',
  'genderInfo',
  'gender',
  'inferredAgeInfo',
  'age',
  'birthDate',
  'adsUserData',
  'adEngagements',
  'engagements',
  'adImpressions',
  'impressions',
  'impressionAttributes',
  'engagementAttributes',
  'engagementType',
  'advertiserInfo',
  'advertiserName',
  'promotedTweetInfo',
  'impressionTime',
  'displayLocation',
  '__proto__',
  'constructor',
  'toString',
];
const WRAPPERS = [
  'tweet',
  'like',
  'bookmark',
  'noteTweet',
  'grokChatItem',
  'dmConversation',
  'account',
  'profile',
  'screenNameChange',
  'protectedHistory',
  'follower',
  'following',
  'blocking',
  'muting',
  'p13nData',
  'ad',
];

const scalar = fc.oneof(
  trickyString,
  fc.constantFrom(
    'Sat Feb 08 12:14:18 +0000 2025',
    '2025-01-02T03:04:05.000Z',
    '2019-02-08 08:38:13 +0000',
    'Protect',
    'Unprotect',
    'video/mp4',
    'photo',
    'RT @x: y',
    'https://x.com/a/status/123',
    '123',
    '',
  ),
  fc.integer(),
  fc.double(),
  fc.bigInt({ min: 0n, max: 2n ** 64n }).map((n) => Number(n)),
  fc.boolean(),
  fc.constant(null),
);

/** Archive-shaped values: objects keyed by the fields above, nested a few levels, or anything JSON. */
const { value } = fc.letrec<{ value: unknown; record: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    tie('record'),
    fc.jsonValue({ maxDepth: 2 }),
  ),
  record: fc.dictionary(fc.constantFrom(...FIELDS), tie('value'), { maxKeys: 8 }),
}));

const id = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 63n }).map(String), scalar);

/** Required fields (so the record gets past its first checks) plus random others. */
function shaped(required: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(fc.record(required), fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }))
    .map(([req, extra]) => ({ ...extra, ...req }));
}

const post = shaped({ id_str: id, full_text: fc.oneof(trickyString, scalar), created_at: scalar });
const conversation = shaped({
  conversationId: id,
  messages: fc.array(
    fc.oneof(
      value,
      shaped({ messageCreate: shaped({ id, text: fc.oneof(trickyString, scalar), createdAt: scalar }) }),
    ),
    { maxLength: 4 },
  ),
});
const grokItem = shaped({ message: fc.oneof(trickyString, scalar), attachments: value, sender: value });
const ads = shaped({
  adsUserData: shaped({
    adEngagements: shaped({ engagements: fc.array(value, { maxLength: 3 }) }),
    adImpressions: shaped({ impressions: fc.array(value, { maxLength: 3 }) }),
  }),
});

const archiveElement = fc.oneof(
  value,
  fc
    .tuple(fc.constantFrom(...WRAPPERS), fc.oneof(value, post, conversation, grokItem, ads))
    .map(([k, v]) => ({ [k]: v })),
  post,
  conversation,
  grokItem,
  ads,
);

const NORMALISERS: Array<[string, (el: unknown) => unknown]> = [
  ['tweet', normaliseTweet],
  ['like', normaliseLike],
  ['bookmark', normaliseBookmark],
  ['note', normaliseNote],
  ['grok', normaliseGrok],
  ['conversation', normaliseConversation],
  ['account', normaliseAccount],
  ['profile', normaliseProfile],
  ['screen name change', normaliseScreenNameChange],
  ['protected event', normaliseProtectedEvent],
  ['relation', normaliseRelation],
  ['personalization', normalisePersonalization],
  ['ad engagements', (el) => normaliseAds(el, 'engagements')],
  ['ad impressions', (el) => normaliseAds(el, 'impressions')],
];

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function isDateOrNull(v: unknown): boolean {
  return v === null || (typeof v === 'string' && ISO.test(v) && Number.isFinite(Date.parse(v)));
}

describe('fuzz: record normalisers (seed 42)', () => {
  it.each(NORMALISERS)(
    '%s: any JSON value gives a record or a typed skip, never an exception',
    (_name, normalise) => {
      fc.assert(
        fc.property(archiveElement, (el) => {
          const out = normalise(el);
          expect(out === null || typeof out === 'object' || typeof out === 'string').toBe(true);
          if (isSkip(out)) expect(typeof out.skip).toBe('string');
        }),
        FUZZ,
      );
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    },
  );

  it('a normalised post has a non-empty text id, text, a valid date or none, and string lists', () => {
    let posts = 0;
    fc.assert(
      fc.property(archiveElement, (el) => {
        const rec = normaliseTweet(el);
        if (isSkip(rec)) return;
        posts++;
        expect(typeof rec.tweetId).toBe('string');
        expect(rec.tweetId.length).toBeGreaterThan(0);
        expect(typeof rec.text).toBe('string');
        expect(isDateOrNull(rec.createdAt)).toBe(true);
        expect(isDateOrNull(rec.deletedAt)).toBe(true);
        for (const list of [rec.urls, rec.mentions, rec.hashtags, rec.editIds ?? []])
          expect(list.every((s) => typeof s === 'string')).toBe(true);
        for (const m of rec.media) expect(['photo', 'video', 'animated_gif', 'other']).toContain(m.type);
        if (rec.geo?.lat !== undefined) expect(Number.isFinite(rec.geo.lat)).toBe(true);
      }),
      FUZZ,
    );
    // The generator must reach past the id and text checks often enough to mean something.
    expect(posts).toBeGreaterThan(50);
  });

  it('a normalised conversation lists only text ids and messages with text', () => {
    let conversations = 0;
    fc.assert(
      fc.property(archiveElement, (el) => {
        const rec = normaliseConversation(el);
        if (isSkip(rec)) return;
        conversations++;
        expect(rec.participants.every((p) => typeof p === 'string' && p.length > 0)).toBe(true);
        for (const m of rec.messages) {
          expect(typeof m.messageId).toBe('string');
          expect(typeof m.text).toBe('string');
          expect(isDateOrNull(m.createdAt)).toBe(true);
        }
      }),
      FUZZ,
    );
    expect(conversations).toBeGreaterThan(50);
  });

  it('classic CSV rows of any strings give a post with a numeric id, or a skip', () => {
    const row = fc.dictionary(
      fc.constantFrom('tweet_id', 'timestamp', 'text', 'source', 'expanded_urls', 'retweeted_status_id', 'x'),
      fc.option(fc.oneof(trickyString, fc.constantFrom('123', '2019-02-08 08:38:13 +0000')), {
        nil: undefined,
      }),
    );
    fc.assert(
      fc.property(row, (r) => {
        const rec = normaliseCsvTweet(r);
        if (!isSkip(rec)) expect(rec.tweetId).toMatch(/^\d+$/);
      }),
      FUZZ,
    );
  });

  it('dates: any value gives a valid UTC ISO string or null, never a guess or an exception', () => {
    const dateLike = fc.oneof(
      scalar,
      fc
        .tuple(
          fc.integer({ min: 0, max: 9999 }),
          fc.integer({ min: 0, max: 99 }),
          fc.integer({ min: 0, max: 99 }),
          fc.integer({ min: 0, max: 99 }),
        )
        .map(([y, mo, d, h]) => `${String(y).padStart(4, '0')}-${mo}-${d}T${h}:00:00Z`),
      fc
        .tuple(
          fc.constantFrom('Mon', 'Sat', 'Xyz'),
          fc.constantFrom('Jan', 'Feb', 'Foo'),
          fc.nat(99),
          fc.nat(9999),
        )
        .map(([a, b, d, y]) => `${a} ${b} ${String(d).padStart(2, '0')} 12:14:18 +0000 ${y}`),
    );
    fc.assert(
      fc.property(dateLike, (v) => {
        expect(isDateOrNull(parseArchiveDate(v))).toBe(true);
      }),
      FUZZ,
    );
  });
});
