/**
 * Each item kind's reasons before and after the corrections of docs/x-policy-and-optout.md §9.1: for a
 * situation, the channels it is counted in, and for a channel the reasons' facts, certainty and words.
 * `before` holds what the app used to say there; it must be gone.
 */
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../shared/exposure/classify';
import type { ClassifyContext, ClassifyInput } from '../../../shared/exposure/types';
import type { Certainty, Channel } from '../../../shared/model/kinds';
import { context, item } from './helpers';

interface Row {
  situation: string;
  input: ClassifyInput;
  ctx: ClassifyContext;
  channels: Channel[];
  /** The channel whose reasons are checked. */
  channel: Channel;
  /** [fact id, certainty, words the reason carries], in order. */
  reasons: Array<[string, Certainty, string]>;
  before: string;
}

const PROTECTED_SINCE_2024 = [{ from: '2024-01-01T00:00:00.000Z', to: null }];

const ROWS: Row[] = [
  {
    situation: 'post public since 7 May 2024',
    input: item(),
    ctx: context([]),
    channels: ['thirdParty', 'grokTraining', 'openWeb'],
    channel: 'grokTraining',
    reasons: [
      ['grokPublicData', 'certain', 'X may share public posts with xAI'],
      ['grokOptOutDefaultOn', 'certain', 'this post may be used'],
      ['grokEuUncertain', 'uncertain', 'Uncertain for accounts in the EU/EEA'],
    ],
    before: 'unless you turned it off, this post is used',
  },
  {
    situation: 'post public only before 7 May 2024 (protected since 1 Jan 2024)',
    input: item({ createdAt: '2023-11-01T00:00:00.000Z' }),
    ctx: context(PROTECTED_SINCE_2024),
    channels: ['thirdParty', 'grokTraining'],
    channel: 'grokTraining',
    reasons: [['grokBeforeWindow', 'uncertain', 'only the start of the EU period']],
    before: 'Protected the whole time since 7 May 2024',
  },
  {
    situation: 'post deleted before 7 May 2024',
    input: item({
      kind: 'deletedPost',
      createdAt: '2023-10-01T00:00:00.000Z',
      deletedAt: '2024-03-01T00:00:00.000Z',
    }),
    ctx: context(null),
    channels: ['thirdParty', 'grokTraining'],
    channel: 'grokTraining',
    reasons: [
      ['grokBeforeWindow', 'uncertain', 'Uncertain: deleted before 7 May 2024'],
      ['protectedHistoryWindow', 'uncertain', 'Assumed public'],
    ],
    before: 'when X is known to have started using public posts for Grok',
  },
  {
    situation: 'post deleted before 29 Sep 2023',
    input: item({
      kind: 'deletedPost',
      createdAt: '2023-01-01T00:00:00.000Z',
      deletedAt: '2023-06-01T00:00:00.000Z',
    }),
    ctx: context(null),
    channels: ['thirdParty'],
    channel: 'grokTraining',
    reasons: [['ownTraining2023', 'certain', 'Deleted before 29 Sep 2023']],
    before: 'when X is known to have started using public posts for Grok',
  },
  {
    situation: 'like: Grok',
    input: item({ kind: 'like', createdAt: null }),
    ctx: context(null),
    channels: ['thirdParty'],
    channel: 'grokTraining',
    reasons: [
      ['likesRanker', 'certain', "Your likes feed X's own recommendation models"],
      ['likesGrokUncertain', 'uncertain', 'whether likes are also used to train Grok'],
      ['likesUndated', 'uncertain', 'no date for likes'],
    ],
    before: 'X does not say it does',
  },
  {
    situation: 'like: open web',
    input: item({ kind: 'like', createdAt: null }),
    ctx: context(null),
    channels: ['thirdParty'],
    channel: 'openWeb',
    reasons: [['likesPrivate2024', 'certain', 'except the author of the post you liked']],
    before: 'Likes are hidden from others since 12 Jun 2024.',
  },
  {
    situation: 'Grok conversation: open web',
    input: item({ kind: 'grokMessage' }),
    ctx: context(null),
    channels: ['thirdParty', 'grokTraining'],
    channel: 'openWeb',
    reasons: [['grokSharedChats', 'uncertain', 'unless you shared the conversation by link']],
    before: 'Not shown publicly on X.',
  },
  {
    situation: 'bookmark: Grok',
    input: item({ kind: 'bookmark', createdAt: null }),
    ctx: context(null),
    channels: ['thirdParty'],
    channel: 'grokTraining',
    reasons: [
      ['bookmarksPrivate', 'certain', 'Bookmarks are private'],
      ['ownTraining2023', 'uncertain', 'X does not say it does'],
    ],
    before: 'Grok training uses public data and Grok interactions',
  },
  {
    situation: 'direct message: third party',
    input: item({ kind: 'directMessage' }),
    ctx: context(null),
    channels: ['thirdParty'],
    channel: 'thirdParty',
    reasons: [
      ['thirdPartyClause', 'certain', 'may share "your information"'],
      ['thirdPartyDirectMessages', 'uncertain', 'does not expressly exclude direct messages'],
    ],
    before: 'is used',
  },
  {
    situation: 'deleted post public after 7 May 2024',
    input: item({ kind: 'deletedPost', deletedAt: '2025-06-01T00:00:00.000Z' }),
    ctx: context([]),
    channels: ['thirdParty', 'grokTraining'],
    channel: 'grokTraining',
    reasons: [
      ['grokPublicData', 'certain', 'Public at some time since 7 May 2024'],
      ['grokDeletedBeforeDeletion', 'uncertain', 'before you deleted it'],
      ['grokEuUncertain', 'uncertain', 'EU/EEA'],
    ],
    before: 'X uses public posts to train Grok',
  },
];

describe('reasons per item kind, after the 2026-12-06 corrections', () => {
  it.each(ROWS.map((r) => [r.situation, r] as const))('%s', (_name, row) => {
    const c = classifyItem(row.input, row.ctx);
    expect(c.channels).toEqual(row.channels);
    const reasons = c.channelReasons[row.channel].reasons;
    expect(reasons.map((r) => [r.factId, r.certainty])).toEqual(row.reasons.map(([f, cert]) => [f, cert]));
    row.reasons.forEach(([, , words], i) => expect(reasons[i]!.text).toContain(words));
    for (const r of reasons) expect(r.text).not.toContain(row.before);
  });
});
