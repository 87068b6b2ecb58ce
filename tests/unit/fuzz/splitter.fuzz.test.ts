import { Readable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { ArraySplitter, type SplitterLimits } from '../../../electron/engine/parse/array-splitter';
import { readJsArrayStream } from '../../../electron/engine/parse/js-array-stream';
import { matchPrefix, parseAssignment } from '../../../electron/engine/parse/prefix';
import { DEFAULT_LIMITS } from '../../../electron/engine/parse/limits';
import { DataFileError } from '../../../electron/engine/parse/parse-error';
import {
  FUZZ,
  chunksAt,
  element,
  isTypedError,
  mutate,
  mutations,
  serialise,
  trickyString,
  type Layout,
} from './support';
import { PROPERTY_TEST_TIMEOUT_MS } from '../property-budget';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

const LAYOUTS: Layout[] = ['x', 'indent2', 'compact', 'crlf'];
const layout = fc.constantFrom(...LAYOUTS);
const cuts = fc.array(fc.nat(3000), { maxLength: 12 });
const PREFIX = 'window.YTD.tweets.part0 = ';

/** What the engine's reader yields for `chunks`: the elements, or the error it threw. */
async function readAll(chunks: Buffer[]): Promise<{ values: unknown[] } | { error: unknown }> {
  const values: unknown[] = [];
  try {
    await readJsArrayStream(Readable.from(chunks), {
      limits: DEFAULT_LIMITS,
      onElement: (v) => values.push(v),
    });
    return { values };
  } catch (error) {
    return { error };
  }
}

/** The splitter alone, with the reader's confirming sink; fast path on or off. */
function splitAll(chunks: Buffer[], fastPath: boolean): { values: unknown[] } | { error: unknown } {
  const values: unknown[] = [];
  const splitter = new ArraySplitter(
    (buf, start, end, tentative) => {
      let value: unknown;
      try {
        value = JSON.parse(buf.toString('utf8', start, end));
      } catch {
        if (tentative) return false;
        throw new DataFileError('not valid JSON');
      }
      values.push(value);
      return true;
    },
    { maxElementBytes: DEFAULT_LIMITS.maxElementBytes, maxDepth: DEFAULT_LIMITS.maxDepth },
    { fastPath },
  );
  try {
    for (const c of chunks) splitter.push(c);
    splitter.end();
    return { values };
  } catch (error) {
    return { error };
  }
}

/** The splitter's retained bytes (a private field: a rename must fail this test, not pass it). */
function retained(splitter: ArraySplitter): number {
  const value = (splitter as unknown as { pendingBytes: unknown }).pendingBytes;
  if (typeof value !== 'number') throw new Error('ArraySplitter no longer has pendingBytes');
  return value;
}

describe('fuzz: prefix stripper and array element splitter (seed 42)', () => {
  it('splits then parses generated arrays exactly as JSON.parse reads the whole, in every layout and chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(element, { maxLength: 8 }),
        layout,
        cuts,
        fc.boolean(),
        fc.constantFrom('', ';', ';\n', '\n', '\r\n  ;  '),
        async (elements, lay, cutAt, bom, tail) => {
          const body = serialise(elements, lay);
          const bytes = Buffer.from(`${bom ? '\ufeff' : ''}${PREFIX}${body}${tail}`);
          const result = await readAll(chunksAt(bytes, cutAt));
          expect(result).toEqual({ values: JSON.parse(body) as unknown[] });
        },
      ),
      FUZZ,
    );
  });

  it('on damaged bytes throws nothing but its own typed errors, and finishes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(element, { minLength: 1, maxLength: 6 }),
        layout,
        mutations,
        cuts,
        async (elements, lay, edits, cutAt) => {
          const bytes = mutate(Buffer.from(`${PREFIX}${serialise(elements, lay)}`), edits);
          const result = await readAll(chunksAt(bytes, cutAt));
          if ('error' in result) expect(isTypedError(result.error), String(result.error)).toBe(true);
        },
      ),
      FUZZ,
    );
  });

  it('gives the same answer on its fast path and its byte-by-byte path, for damaged input too', () => {
    fc.assert(
      fc.property(
        fc.array(element, { minLength: 1, maxLength: 6 }),
        layout,
        fc.option(mutations, { nil: undefined }),
        cuts,
        (elements, lay, edits, cutAt) => {
          let bytes: Buffer = Buffer.from(`${serialise(elements, lay).slice(1)}`);
          if (edits) bytes = mutate(bytes, edits);
          const fast = splitAll(chunksAt(bytes, cutAt), true);
          const exact = splitAll(chunksAt(bytes, cutAt), false);
          if ('error' in exact) {
            expect('error' in fast, 'the fast path accepted what the exact path refuses').toBe(true);
            expect(isTypedError((fast as { error: unknown }).error)).toBe(true);
          } else {
            expect(fast).toEqual(exact);
          }
        },
      ),
      FUZZ,
    );
  });

  it('matchPrefix and parseAssignment accept or throw a DataFileError on any head bytes', () => {
    const head = fc.oneof(
      fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
      fc
        .tuple(
          fc.constantFrom(
            'window.YTD.x.part0',
            'var x',
            'a.b.c',
            '',
            'window["x"]',
            '\ufeffwindow.__THAR_CONFIG',
          ),
          fc.constantFrom(' = ', '=', ' =\n', ' : ', ''),
          trickyString,
        )
        .map(([name, eq, rest]) => Buffer.from(`${name}${eq}${rest}`)),
    );
    fc.assert(
      fc.property(head, fc.boolean(), (bytes, isEnd) => {
        for (const call of [() => matchPrefix(bytes, isEnd, 4096), () => parseAssignment(bytes)]) {
          try {
            call();
          } catch (err) {
            expect(err, String(err)).toBeInstanceOf(DataFileError);
          }
        }
      }),
      FUZZ,
    );
  });
});

describe('fuzz: the splitter keeps at most about one element in memory (seed 42)', () => {
  const LIMITS: SplitterLimits = { maxElementBytes: 16 * 1024, maxDepth: 64 };

  /** Pushes `bytes` in `chunk`-sized pieces and returns the largest retained byte count seen. */
  function peakRetained(bytes: Buffer, chunk: number): { peak: number; error: unknown } {
    const splitter = new ArraySplitter((buf, start, end, tentative) => {
      try {
        JSON.parse(buf.toString('utf8', start, end));
        return true;
      } catch (err) {
        if (tentative) return false;
        throw new DataFileError(String(err));
      }
    }, LIMITS);
    let peak = 0;
    try {
      for (let i = 0; i < bytes.length; i += chunk) {
        splitter.push(Buffer.from(bytes.subarray(i, i + chunk)));
        peak = Math.max(peak, retained(splitter));
      }
      splitter.end();
      return { peak, error: null };
    } catch (error) {
      return { peak, error };
    }
  }

  const sizedElement = fc
    .tuple(fc.integer({ min: 0, max: 6000 }), trickyString)
    .map(([n, s]) => ({ tweet: { id_str: String(n), full_text: `${s}${'x'.repeat(n)}` } }));

  it('on valid archives: never more than the largest element plus one chunk', () => {
    fc.assert(
      fc.property(
        fc.array(sizedElement, { minLength: 1, maxLength: 12 }),
        layout,
        fc.integer({ min: 64, max: 4096 }),
        (elements, lay, chunk) => {
          const body = serialise(elements, lay);
          const largest = Math.max(...elements.map((e) => Buffer.byteLength(serialise([e], lay))));
          const { peak, error } = peakRetained(Buffer.from(body.slice(1)), chunk);
          expect(error).toBeNull();
          expect(peak).toBeLessThanOrEqual(largest + chunk);
        },
      ),
      { ...FUZZ, numRuns: 300 },
    );
  });

  it('on any input, damaged or oversized: never more than the element limit plus one chunk', () => {
    const oversized = fc
      .integer({ min: LIMITS.maxElementBytes, max: 4 * LIMITS.maxElementBytes })
      .map((n) => ({ tweet: { id_str: '1', full_text: 'y'.repeat(n) } }));
    fc.assert(
      fc.property(
        fc.array(fc.oneof(sizedElement, oversized), { minLength: 1, maxLength: 8 }),
        layout,
        fc.option(mutations, { nil: undefined }),
        fc.integer({ min: 64, max: 8192 }),
        (elements, lay, edits, chunk) => {
          let bytes: Buffer = Buffer.from(serialise(elements, lay).slice(1));
          if (edits) bytes = mutate(bytes, edits);
          const { peak, error } = peakRetained(bytes, chunk);
          if (error !== null) expect(error).toBeInstanceOf(DataFileError);
          expect(peak).toBeLessThanOrEqual(LIMITS.maxElementBytes + chunk);
        },
      ),
      { ...FUZZ, numRuns: 300 },
    );
  });
});
