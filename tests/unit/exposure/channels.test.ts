import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../shared/exposure/classify';
import { POLICY_DATES } from '../../../shared/exposure/policy-timeline';
import type { Classification, ClassifyContext, ClassifyInput } from '../../../shared/exposure/types';
import type { Channel } from '../../../shared/model/kinds';
import { context, item, shift } from './helpers';

const CUTOFF = POLICY_DATES.grokWindowStart;
const LIKES_PRIVATE = POLICY_DATES.likesPrivate;
const GROK_CONTENT = POLICY_DATES.grokContent;

/** In the Grok channel: known ('yes'), only possibly, before 7 May 2024 ('uncertain'), or not. */
type Grok = 'yes' | 'uncertain' | 'no';
const FIRST_FACT: Record<Grok, string> = {
  yes: 'grokPublicData',
  uncertain: 'grokBeforeWindow',
  no: 'grokProtectedExcluded',
};

const factIds = (c: Classification, channel: Channel) =>
  c.channelReasons[channel].reasons.map((r) => r.factId);

function scope(input: ClassifyInput, ctx: ClassifyContext) {
  const c = classifyItem(input, ctx);
  return {
    thirdParty: c.channelReasons.thirdParty.inScope,
    grokTraining: c.channelReasons.grokTraining.inScope,
    openWeb: c.channelReasons.openWeb.inScope,
  };
}

describe('grokTraining for posts: public at some time on or after 2024-05-07', () => {
  it.each([
    // [name, createdAt, protected ranges (null = no history), in the Grok channel]
    ['public post before the cutoff, still public', '2020-01-01T00:00:00.000Z', null, 'yes'],
    [
      'post one second before the cutoff, protected from the cutoff on',
      shift(CUTOFF, -1),
      [{ from: CUTOFF, to: null }],
      'uncertain',
    ],
    [
      'post one second before the cutoff, protected from one second after',
      shift(CUTOFF, -1),
      [{ from: shift(CUTOFF, 1), to: null }],
      'yes',
    ],
    [
      'post one second after the cutoff while public',
      shift(CUTOFF, 1),
      [{ from: '2025-01-01T00:00:00.000Z', to: null }],
      'yes',
    ],
    [
      'post protected from creation for ever',
      '2023-01-01T00:00:00.000Z',
      [{ from: '2022-01-01T00:00:00.000Z', to: null }],
      'no',
    ],
    [
      'protected at creation, unprotected after the cutoff',
      '2023-01-01T00:00:00.000Z',
      [{ from: '2022-01-01T00:00:00.000Z', to: '2025-01-01T00:00:00.000Z' }],
      'yes',
    ],
    [
      'protected at creation, unprotected one second before the cutoff',
      '2023-01-01T00:00:00.000Z',
      [{ from: '2022-01-01T00:00:00.000Z', to: shift(CUTOFF, -1) }],
      'yes',
    ],
    [
      'public at creation, protected before the cutoff and since',
      '2020-01-01T00:00:00.000Z',
      [{ from: '2021-01-01T00:00:00.000Z', to: null }],
      'no',
    ],
    [
      'public at creation, protected from one day before 29 Sep 2023 and since',
      '2020-01-01T00:00:00.000Z',
      [{ from: '2023-09-28T00:00:00.000Z', to: null }],
      'no',
    ],
    [
      'public at creation, protected from one day after 29 Sep 2023 and since',
      '2020-01-01T00:00:00.000Z',
      [{ from: '2023-09-30T00:00:00.000Z', to: null }],
      'uncertain',
    ],
  ] as Array<[string, string, Array<{ from: string; to: string | null }> | null, Grok]>)(
    '%s',
    (_name, createdAt, ranges, grok) => {
      const c = classifyItem(item({ createdAt }), context(ranges));
      expect(c.channelReasons.grokTraining.inScope).toBe(grok !== 'no');
      expect(c.publicSinceCutoff).toBe(grok === 'yes');
      expect(c.channels.includes('grokTraining')).toBe(grok !== 'no');
      expect(factIds(c, 'grokTraining')[0]).toBe(FIRST_FACT[grok]);
    },
  );

  it('says when public is only assumed (no protected history)', () => {
    const c = classifyItem(item(), context(null));
    expect(c.visibility).toBe('assumedPublic');
    const assumed = c.channelReasons.grokTraining.reasons.find((r) => r.factId === 'protectedHistoryWindow');
    expect(assumed?.certainty).toBe('uncertain');
  });

  it('flags community posts as uncertain but in scope when public', () => {
    const c = classifyItem(item({ kind: 'communityPost' }), context([]));
    expect(c.channelReasons.grokTraining.inScope).toBe(true);
    expect(
      c.channelReasons.grokTraining.reasons.find((r) => r.factId === 'communityVisibility')?.certainty,
    ).toBe('uncertain');
  });
});

describe('grokTraining for deleted posts: public between 2024-05-07 and deletion', () => {
  it.each([
    [
      'deleted one second before the cutoff',
      '2023-01-01T00:00:00.000Z',
      shift(CUTOFF, -1),
      null,
      'uncertain',
      'grokBeforeWindow',
    ],
    [
      'deleted one second before 29 Sep 2023',
      '2023-01-01T00:00:00.000Z',
      shift(POLICY_DATES.ownTraining, -1),
      null,
      'no',
      'ownTraining2023',
    ],
    [
      'deleted one second after the cutoff',
      '2023-01-01T00:00:00.000Z',
      shift(CUTOFF, 1),
      null,
      'yes',
      'grokPublicData',
    ],
    ['deleted exactly at the cutoff', '2023-01-01T00:00:00.000Z', CUTOFF, null, 'yes', 'grokPublicData'],
    [
      'protected from before the cutoff until deletion',
      '2023-01-01T00:00:00.000Z',
      '2025-01-01T00:00:00.000Z',
      [{ from: '2024-01-01T00:00:00.000Z', to: '2025-06-01T00:00:00.000Z' }],
      'uncertain',
      'grokBeforeWindow',
    ],
    [
      'protected from before 29 Sep 2023 until deletion',
      '2023-01-01T00:00:00.000Z',
      '2025-01-01T00:00:00.000Z',
      [{ from: '2023-06-01T00:00:00.000Z', to: '2025-06-01T00:00:00.000Z' }],
      'no',
      'grokProtectedExcluded',
    ],
    [
      'protected, unprotected one second before deletion',
      '2023-01-01T00:00:00.000Z',
      '2025-01-01T00:00:00.000Z',
      [{ from: '2024-01-01T00:00:00.000Z', to: '2024-12-31T23:59:59.000Z' }],
      'yes',
      'grokPublicData',
    ],
    [
      'unknown deletion date: held when the archive was made',
      '2025-01-01T00:00:00.000Z',
      null,
      null,
      'yes',
      'grokPublicData',
    ],
  ] as Array<
    [string, string, string | null, Array<{ from: string; to: string | null }> | null, Grok, string]
  >)('%s', (_name, createdAt, deletedAt, ranges, grok, firstFact) => {
    const c = classifyItem(item({ kind: 'deletedPost', createdAt, deletedAt }), context(ranges));
    expect(c.channelReasons.grokTraining.inScope).toBe(grok !== 'no');
    expect(c.publicSinceCutoff).toBe(grok === 'yes');
    expect(factIds(c, 'grokTraining')[0]).toBe(firstFact);
    expect(c.channelReasons.openWeb.inScope).toBe(false);
    expect(c.channelReasons.thirdParty.inScope).toBe(true);
  });

  it('marks in-scope deleted posts as uncertain (may have been collected before deletion)', () => {
    const c = classifyItem(
      item({ kind: 'deletedPost', deletedAt: '2025-06-01T00:00:00.000Z' }),
      context(null),
    );
    const note = c.channelReasons.grokTraining.reasons.find((r) => r.factId === 'grokDeletedBeforeDeletion');
    expect(note?.certainty).toBe('uncertain');
    expect(factIds(c, 'thirdParty')).toContain('thirdPartyDeletedPosts');
  });
});

describe('grokTraining for Grok messages', () => {
  it.each([
    ['one second before 2026-01-15', shift(GROK_CONTENT, -1), ['grokInteractions']],
    ['one second after 2026-01-15', shift(GROK_CONTENT, 1), ['grokInteractions', 'tosGrokContent2026']],
  ])('%s', (_name, createdAt, facts) => {
    const c = classifyItem(item({ kind: 'grokMessage', createdAt }), context(null));
    expect(c.channelReasons.grokTraining.inScope).toBe(true);
    expect(factIds(c, 'grokTraining')).toEqual(facts);
    expect(c.channelReasons.openWeb.inScope).toBe(false);
    expect(c.visibility).toBe('private');
    expect(c.publicSinceCutoff).toBeNull();
  });
});

describe('likes, bookmarks and DMs are not public data', () => {
  it.each([
    ['like', ['likesRanker', 'likesGrokUncertain', 'likesUndated']],
    ['bookmark', ['bookmarksPrivate', 'ownTraining2023']],
    ['directMessage', ['directMessagesNotGrok']],
  ] as const)('%s: not in grokTraining, with the reasons why', (kind, facts) => {
    const c = classifyItem(item({ kind, createdAt: null }), context(null));
    expect(c.channelReasons.grokTraining.inScope).toBe(false);
    expect(factIds(c, 'grokTraining')).toEqual(facts);
    expect(c.visibility).toBe('private');
  });

  it('notes that undated likes may have been public (uncertain)', () => {
    const c = classifyItem(item({ kind: 'like', createdAt: null }), context(null));
    const undated = c.channelReasons.grokTraining.reasons.find((r) => r.factId === 'likesUndated');
    expect(undated?.certainty).toBe('uncertain');
    expect(undated?.text).toMatch(/12 Jun 2024/);
  });

  it.each([
    ['a like dated one second before 2024-06-12 was public', shift(LIKES_PRIVATE, -1), 'assumedPublic'],
    ['a like dated one second after 2024-06-12 is private', shift(LIKES_PRIVATE, 1), 'private'],
  ])('%s', (_name, createdAt, visibility) => {
    expect(classifyItem(item({ kind: 'like', createdAt }), context(null)).visibility).toBe(visibility);
  });

  it.each([
    ['archive one second before 2024-06-12: likes still public', shift(LIKES_PRIVATE, -1), true],
    ['archive one second after 2024-06-12: likes private', shift(LIKES_PRIVATE, 1), false],
  ])('openWeb for likes, %s', (_name, asOf, expected) => {
    expect(scope(item({ kind: 'like', createdAt: null }), context(null, asOf)).openWeb).toBe(expected);
  });

  it('DMs reach thirdParty only with the uncertain note', () => {
    const c = classifyItem(item({ kind: 'directMessage' }), context(null));
    expect(c.channels).toEqual(['thirdParty']);
    const dm = c.channelReasons.thirdParty.reasons.find((r) => r.factId === 'thirdPartyDirectMessages');
    expect(dm?.certainty).toBe('uncertain');
  });
});

describe('openWeb: readable by anyone as of the archive date', () => {
  it.each([
    ['public post, account public now', 'post', null, null, true],
    ['community post, account public now', 'communityPost', null, null, true],
    [
      'post, account protected one second before the archive date',
      'post',
      null,
      [{ from: shift('2026-07-01T00:00:00.000Z', -1), to: null }],
      false,
    ],
    [
      'post, account protected from one second after the archive date',
      'post',
      null,
      [{ from: shift('2026-07-01T00:00:00.000Z', 1), to: null }],
      true,
    ],
    [
      'post, protected once but unprotected since',
      'post',
      null,
      [{ from: '2021-01-01T00:00:00.000Z', to: '2022-01-01T00:00:00.000Z' }],
      true,
    ],
    ['deleted post', 'deletedPost', '2025-01-01T00:00:00.000Z', null, false],
    ['bookmark', 'bookmark', null, null, false],
    ['Grok message', 'grokMessage', null, null, false],
    ['DM', 'directMessage', null, null, false],
  ] as Array<
    [string, ClassifyInput['kind'], string | null, Array<{ from: string; to: string | null }> | null, boolean]
  >)('%s', (_name, kind, deletedAt, ranges, expected) => {
    expect(scope(item({ kind, deletedAt }), context(ranges)).openWeb).toBe(expected);
  });
});

describe('thirdParty: every item kind X holds', () => {
  it.each([
    'post',
    'communityPost',
    'deletedPost',
    'like',
    'bookmark',
    'grokMessage',
    'directMessage',
  ] as const)('%s is in scope and names the 2024-11-15 clause', (kind) => {
    const c = classifyItem(item({ kind }), context([{ from: '2000-01-01T00:00:00.000Z', to: null }]));
    expect(c.channelReasons.thirdParty.inScope).toBe(true);
    expect(c.channels[0]).toBe('thirdParty');
    expect(factIds(c, 'thirdParty')[0]).toBe('thirdPartyClause');
  });

  it('adds the uncertain protection note to posts that were never public', () => {
    const c = classifyItem(item(), context([{ from: '2000-01-01T00:00:00.000Z', to: null }]));
    expect(c.channels).toEqual(['thirdParty']);
    expect(factIds(c, 'thirdParty')).toContain('thirdPartyProtectedPosts');
  });
});

describe('policy dates that do not change an item on their own', () => {
  // The clause and licence dates matter for the timeline, not per item: X applies them to everything it
  // still holds, so an item's channels are the same one second either side.
  it.each([
    POLICY_DATES.ownTraining,
    POLICY_DATES.grokOptOut,
    POLICY_DATES.grokWindowEnd,
    POLICY_DATES.thirdPartyClause,
    POLICY_DATES.developerBan,
  ])('%s', (date) => {
    for (const kind of ['post', 'communityPost', 'grokMessage', 'directMessage'] as const) {
      const before = classifyItem(item({ kind, createdAt: shift(date, -1) }), context(null));
      const after = classifyItem(item({ kind, createdAt: shift(date, 1) }), context(null));
      expect(after.channels).toEqual(before.channels);
      expect(after.visibility).toBe(before.visibility);
    }
  });
});

describe('visibility when created', () => {
  const ranges = [{ from: '2022-01-01T00:00:00.000Z', to: '2023-01-01T00:00:00.000Z' }];
  it.each([
    ['one second before protecting', '2021-12-31T23:59:59.000Z', 'public'],
    ['one second after protecting', '2022-01-01T00:00:01.000Z', 'protected'],
    ['one second before unprotecting', '2022-12-31T23:59:59.000Z', 'protected'],
    ['one second after unprotecting', '2023-01-01T00:00:01.000Z', 'public'],
  ])('a post created %s is %s', (_name, createdAt, expected) => {
    expect(classifyItem(item({ createdAt }), context(ranges)).visibility).toBe(expected);
  });
});

describe('contexts', () => {
  it('re-classifies when the user corrects the protected ranges on the same context object', () => {
    const ctx = context(null);
    expect(classifyItem(item(), ctx).visibility).toBe('assumedPublic');
    ctx.protectedRanges = [{ from: '2000-01-01T00:00:00.000Z', to: null }];
    ctx.hasProtectedHistory = true;
    expect(classifyItem(item(), ctx).visibility).toBe('protected');
  });
});
