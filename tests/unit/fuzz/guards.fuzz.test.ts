import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { terminalSafe } from '../../../electron/cli/terminal-text';
import { jsonErrorReason } from '../../../electron/engine/parse/parse-error';
import { withinDepth } from '../../../electron/engine/parse/text';
import { declaredSizeProblem, DEFAULT_LIMITS } from '../../../electron/engine/parse/limits';
import { FUZZ } from './support';
import { PROPERTY_TEST_TIMEOUT_MS } from '../property-budget';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

// eslint-disable-next-line no-control-regex -- an independent statement of what must never reach a terminal
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Reference depth, recursive (fine for the small values generated here). */
function depthOf(v: unknown): number {
  if (v === null || typeof v !== 'object') return 0;
  const children = Array.isArray(v) ? v : Object.values(v);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe('fuzz: the small guards hostile input goes through (seed 42)', () => {
  it('terminalSafe leaves no control, separator or bidi character, and changes nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = terminalSafe(text);
        expect(safe).not.toMatch(CONTROL);
        if (!CONTROL.test(text)) expect(safe).toBe(text);
        expect(safe.split('\n')).toHaveLength(1);
      }),
      FUZZ,
    );
  });

  it('jsonErrorReason never quotes the text that failed to parse', () => {
    const secret = fc.stringMatching(/^[A-Za-z]{6,20}$/).map((w) => `Secret${w}`);
    fc.assert(
      fc.property(
        secret,
        fc.string({ maxLength: 30 }),
        fc.constantFrom('{"a": %}', '%', '[1, %]', '{"text": "x", %}', '{"k": "v"} %', '% {'),
        (word, filler, shape) => {
          const input = shape.replace('%', `${filler.replace(/["\\]/g, '')} ${word}`);
          let message = '';
          try {
            JSON.parse(input);
            return;
          } catch (err) {
            message = jsonErrorReason(err);
          }
          expect(message.length).toBeGreaterThan(0);
          expect(message).not.toContain(word);
        },
      ),
      FUZZ,
    );
  });

  it('withinDepth agrees with a recursive depth count', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (v, max) => {
        expect(withinDepth(v, max)).toBe(depthOf(v) <= max);
      }),
      FUZZ,
    );
    const deep = JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`) as unknown;
    expect(withinDepth(deep, 64)).toBe(false);
  });

  it('declaredSizeProblem refuses exactly what the streaming checks would refuse later', () => {
    const L = DEFAULT_LIMITS;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 * 1024 ** 3 }),
        fc.option(fc.integer({ min: 0, max: 4 * 1024 ** 3 }), { nil: null }),
        (size, compressed) => {
          const problem = declaredSizeProblem(size, compressed, L);
          const overSize = size > L.maxInflatedBytes;
          const overRatio =
            compressed !== null &&
            size > 1024 * 1024 &&
            size / Math.max(1, compressed) > L.maxCompressionRatio;
          expect(problem !== null).toBe(overSize || overRatio);
        },
      ),
      FUZZ,
    );
  });
});
