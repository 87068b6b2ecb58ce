import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../shared/exposure/classify';
import type { ClassifyContext } from '../../../shared/exposure/types';
import { context, item } from './helpers';

const PUBLIC: ClassifyContext = context(null);
const PROTECTED_SINCE_2020: ClassifyContext = context([{ from: '2020-01-01T00:00:00.000Z', to: null }]);

describe('Circle posts: a chosen audience, not public', () => {
  it.each([
    // [name, circle, context, visibility, channels]
    ['a Circle post of a public account', true, PUBLIC, 'circle', ['thirdParty']],
    ['a Circle post of a protected account', true, PROTECTED_SINCE_2020, 'circle', ['thirdParty']],
    [
      'the same post not to a Circle, public account',
      false,
      PUBLIC,
      'assumedPublic',
      ['thirdParty', 'grokTraining', 'openWeb'],
    ],
    [
      'the same post not to a Circle, protected account',
      false,
      PROTECTED_SINCE_2020,
      'protected',
      ['thirdParty'],
    ],
  ] as const)('%s', (_name, circle, ctx, visibility, channels) => {
    const c = classifyItem(item({ kind: 'post', createdAt: '2023-01-10T10:00:00.000Z', circle }), ctx);
    expect(c.visibility).toBe(visibility);
    expect(c.channels).toEqual(channels);
  });

  it('says Grok and open-web exposure are uncertain, naming the 2023 bug, never that the post was public', () => {
    const c = classifyItem(
      item({ kind: 'post', createdAt: '2023-01-10T10:00:00.000Z', circle: true }),
      PUBLIC,
    );
    const grok = c.channelReasons.grokTraining.reasons;
    expect(grok.map((r) => r.factId)).toEqual(['circleAudience', 'circleBug2023']);
    expect(grok.every((r) => r.certainty === 'uncertain')).toBe(true);
    expect(c.channelReasons.openWeb.reasons.map((r) => r.factId)).toEqual([
      'circleAudience',
      'circleBug2023',
    ]);
    expect(c.channelReasons.thirdParty.reasons.map((r) => r.factId)).toEqual([
      'thirdPartyClause',
      'thirdPartyProtectedPosts',
    ]);
    expect(c.publicSinceCutoff).toBe(false);
  });

  it('only posts can be Circle posts', () => {
    const like = classifyItem(item({ kind: 'like', createdAt: null, circle: true }), PUBLIC);
    expect(like.visibility).toBe('private');
  });
});

describe("a period the user marks as Circle-only: the account's own posts in it", () => {
  const MARKED: ClassifyContext = {
    ...PUBLIC,
    circleRanges: [{ from: '2023-01-01T00:00:00.000Z', to: '2023-02-01T00:00:00.000Z' }],
  };
  it.each([
    // [name, kind, createdAt, visibility]
    ['a post in the period', 'post', '2023-01-10T10:00:00.000Z', 'circle'],
    ['a post on the first instant', 'post', '2023-01-01T00:00:00.000Z', 'circle'],
    ['a post on the end instant (exclusive)', 'post', '2023-02-01T00:00:00.000Z', 'assumedPublic'],
    ['a post before the period', 'post', '2022-12-31T23:59:59.000Z', 'assumedPublic'],
    ['a post with no date', 'post', null, 'assumedPublic'],
    [
      'a deleted post in the period (no longer held)',
      'deletedPost',
      '2023-01-10T10:00:00.000Z',
      'assumedPublic',
    ],
    ['a direct message in the period', 'directMessage', '2023-01-10T10:00:00.000Z', 'private'],
  ] as const)('%s', (_name, kind, createdAt, visibility) => {
    expect(classifyItem(item({ kind, createdAt }), MARKED).visibility).toBe(visibility);
  });
});
