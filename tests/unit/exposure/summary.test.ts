import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../shared/exposure/classify';
import { emptyExposureSummary, summariseExposure } from '../../../shared/exposure/summary';
import type { ClassifyInput } from '../../../shared/exposure/types';
import { context, item } from './helpers';

describe('summariseExposure on a small hand-checked archive', () => {
  // Account protected during 2023 only; archive made 2026-07-01.
  const ctx = context([{ from: '2023-01-01T00:00:00.000Z', to: '2024-01-01T00:00:00.000Z' }]);
  const items: ClassifyInput[] = [
    // 1. public post 2022, nothing in it: all three channels, public, low.
    item({ createdAt: '2022-06-01T00:00:00.000Z', text: 'nice weather' }),
    // 2. post made while protected (2023), public again since 2024: all channels, protected, high (health).
    item({ createdAt: '2023-06-01T00:00:00.000Z', text: 'my chemo starts Monday' }),
    // 3. reply 2025 with a mention: all channels, public, low (a reply alone is not medium: issue 13).
    item({
      createdAt: '2025-02-01T00:00:00.000Z',
      text: 'agreed',
      mentions: ['ann'],
      inReplyToStatusId: '42',
    }),
    // 4. deleted post, deleted 2023-03 while protected: thirdParty only, protected, low.
    item({
      kind: 'deletedPost',
      createdAt: '2023-02-01T00:00:00.000Z',
      deletedAt: '2023-03-01T00:00:00.000Z',
    }),
    // 5. like: thirdParty only, private (not counted in visibility), low.
    item({ kind: 'like', createdAt: null, text: 'someone else’s post' }),
    // 6. DM with a phone number: thirdParty only, medium (contact while private).
    item({ kind: 'directMessage', createdAt: '2025-03-01T00:00:00.000Z', text: 'call +44 20 7946 0958' }),
    // 7. Grok message: thirdParty + grokTraining, low.
    item({ kind: 'grokMessage', createdAt: '2026-02-01T00:00:00.000Z', text: 'what is a monad' }),
  ];

  it('counts channels, visibility, levels and flags as derived by hand', () => {
    const summary = summariseExposure(
      items.map((input) => ({ kind: input.kind, ...classifyItem(input, ctx) })),
    );
    expect(summary).toEqual({
      ...emptyExposureSummary(),
      channels: { thirdParty: 7, grokTraining: 4, openWeb: 3 },
      visibility: { public: 2, protected: 2, assumedPublic: 0, circle: 0 },
      levels: { high: 1, medium: 1, low: 5 },
      flags: { ...emptyExposureSummary().flags, health: 1, otherPeople: 1, contact: 1 },
    });
  });
});
