import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { classifyItem } from '../../../shared/exposure/classify';
import { FACTS } from '../../../shared/exposure/facts';
import { levelFor } from '../../../shared/exposure/level';
import { protectedRangesFromHistory } from '../../../shared/exposure/visibility';
import type { ClassifyInput } from '../../../shared/exposure/types';
import { CHANNELS, ITEM_KINDS } from '../../../shared/model/kinds';
import { PROPERTY_TEST_TIMEOUT_MS, PROPERTY_TIME_LIMIT_MS } from '../property-budget';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

const MIN = Date.parse('2006-03-21T00:00:00.000Z');
const MAX = Date.parse('2026-12-31T00:00:00.000Z');
const instant = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms).toISOString());
const events = fc.array(
  fc.record({ at: instant, action: fc.constantFrom('Protect' as const, 'Unprotect' as const) }),
  {
    maxLength: 8,
  },
);
const words = fc.constantFrom(
  'hello',
  'my son',
  'cancer',
  'devastated',
  'I am',
  '+44 20 7946 0958',
  '4111 1111 1111 1111',
  'vote for',
  'party',
  '2024-05-07',
  '@ann',
);
const input: fc.Arbitrary<ClassifyInput> = fc.record({
  kind: fc.constantFrom(...ITEM_KINDS),
  postTypes: fc.constant(['original' as const]),
  createdAt: fc.option(instant, { nil: null }),
  deletedAt: fc.option(instant, { nil: null }),
  text: fc.option(
    fc.array(words, { maxLength: 6 }).map((w) => w.join(' ')),
    { nil: null },
  ),
  media: fc.array(fc.record({ type: fc.constantFrom('photo' as const, 'video' as const) }), { maxLength: 2 }),
  geo: fc.constant(null),
  mentions: fc.array(fc.constantFrom('ann', 'bob'), { maxLength: 2 }),
  inReplyToStatusId: fc.option(fc.constant('1'), { nil: null }),
});

describe('classification invariants (property-based)', () => {
  it('holds for any item, history and archive date', () => {
    fc.assert(
      fc.property(input, events, fc.boolean(), instant, (item, history, hasHistory, asOf) => {
        const ranges = protectedRangesFromHistory(history);
        const c = classifyItem(item, { protectedRanges: ranges, hasProtectedHistory: hasHistory, asOf });
        // Every item X holds is reachable through the third-party clause.
        expect(c.channelReasons.thirdParty.inScope).toBe(true);
        // The channel list is exactly the in-scope verdicts, in CHANNELS order.
        expect(c.channels).toEqual(CHANNELS.filter((ch) => c.channelReasons[ch].inScope));
        for (const channel of CHANNELS) {
          for (const reason of c.channelReasons[channel].reasons) {
            const fact = reason.factId ? FACTS[reason.factId as keyof typeof FACTS] : undefined;
            expect(fact).toBeDefined();
            // An uncertain fact is never presented as certain.
            if (fact?.certainty === 'uncertain') expect(reason.certainty).toBe('uncertain');
          }
        }
        expect(c.flags).toEqual(c.flagEvidence.map((e) => e.flag));
        expect(c.level).toBe(levelFor(c.channels, c.flags).level);
        // Only public data goes to Grok training, except Grok conversations themselves.
        if (c.channels.includes('grokTraining') && item.kind !== 'grokMessage') {
          expect(['post', 'communityPost', 'deletedPost']).toContain(item.kind);
          // Public since 7 May 2024, or (uncertain) public only before it: the reasons say which.
          const uncertainEarly = c.channelReasons.grokTraining.reasons.some(
            (r) => r.factId === 'grokBeforeWindow' && r.certainty === 'uncertain',
          );
          expect(c.publicSinceCutoff === true || uncertainEarly).toBe(true);
        }
        if (['bookmark', 'directMessage', 'grokMessage'].includes(item.kind))
          expect(c.visibility).toBe('private');
      }),
      { numRuns: 400, interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS },
    );
  });

  it('ranges from any history are sorted, disjoint and non-empty', () => {
    fc.assert(
      fc.property(events, (history) => {
        const ranges = protectedRangesFromHistory(history);
        for (let i = 0; i < ranges.length; i++) {
          const r = ranges[i]!;
          if (r.to !== null) expect(r.to > r.from).toBe(true);
          const next = ranges[i + 1];
          if (next) expect(r.to !== null && r.to <= next.from).toBe(true);
        }
      }),
    );
  });
});
