import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { Readable } from 'node:stream';
import { ArraySplitter } from '../../../electron/engine/parse/array-splitter';
import { readJsArrayStream } from '../../../electron/engine/parse/js-array-stream';
import { DEFAULT_LIMITS, type ParseLimits } from '../../../electron/engine/parse/limits';
import { PROPERTY_TEST_TIMEOUT_MS, PROPERTY_TIME_LIMIT_MS } from '../property-budget';

vi.setConfig({ testTimeout: PROPERTY_TEST_TIMEOUT_MS });

const LIMITS = { maxElementBytes: 1 << 20, maxDepth: 64 };

/** Feeds `text` to a splitter in chunks cut at `cuts`, returning each element's text. */
function split(text: string, cuts: number[] = [], limits = LIMITS, fastPath = true): string[] {
  const bytes = Buffer.from(text, 'utf8');
  const out: string[] = [];
  // Like the real sink: a tentative (fast-path) split is confirmed by parsing it.
  const sink = (b: Buffer, s: number, e: number, tentative: boolean) => {
    const text = b.toString('utf8', s, e);
    if (tentative) {
      try {
        JSON.parse(text);
      } catch {
        return false;
      }
    }
    out.push(text);
    return true;
  };
  const splitter = new ArraySplitter(sink, limits, { fastPath });
  const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    splitter.push(Buffer.from(bytes.subarray(prev, p)));
    prev = p;
  }
  splitter.end();
  return out;
}

async function readText(text: string, limits: Partial<ParseLimits> = {}, chunk = 7): Promise<unknown[]> {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) chunks.push(bytes.subarray(i, i + chunk));
  const values: unknown[] = [];
  await readJsArrayStream(Readable.from(chunks), {
    limits: { ...DEFAULT_LIMITS, ...limits },
    onElement: (v) => values.push(v),
  });
  return values;
}

describe('ArraySplitter', () => {
  it('yields each top-level element of an array, whatever the chunking', () => {
    const text = ' {"a" : "x,}]\\"{"} , {"b": [1, {"c": "\\\\"}]},{"d":"é😀\\u00e9"} ]';
    const expected = ['{"a" : "x,}]\\"{"}', '{"b": [1, {"c": "\\\\"}]}', '{"d":"é😀\\u00e9"}'];
    expect(split(text)).toEqual(expected);
    for (let cut = 0; cut <= Buffer.byteLength(text); cut++) expect(split(text, [cut])).toEqual(expected);
  });

  it('agrees with JSON.parse on random arrays of objects cut at random places', () => {
    const tricky = fc.oneof(
      fc.string(),
      fc.constantFrom('\\', '"', '\\"', '}', ']', '[{', ',', '\\\\"', '😀'),
    );
    const obj = fc.dictionary(
      fc.string({ maxLength: 5 }),
      fc.oneof(tricky, fc.integer(), fc.array(tricky, { maxLength: 3 })),
      {
        maxKeys: 4,
      },
    );
    fc.assert(
      fc.property(
        fc.array(obj, { maxLength: 6 }),
        fc.array(fc.nat(400), { maxLength: 8 }),
        fc.boolean(),
        (arr, cuts, pretty) => {
          const text = JSON.stringify(arr, null, pretty ? 2 : 0).slice(1);
          const parts = split(text, cuts).map((p) => JSON.parse(p) as unknown);
          expect(parts).toEqual(arr);
        },
      ),
      { numRuns: 400, interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS },
    );
  });

  it('takes the indentation fast path on X layouts, and leaves it when an element breaks the layout', () => {
    let tentative = 0;
    const out: unknown[] = [];
    const splitter = new ArraySplitter((b, s, e, t) => {
      try {
        out.push(JSON.parse(b.toString('utf8', s, e)));
      } catch (err) {
        if (t) return false;
        throw err;
      }
      if (t) tentative++;
      return true;
    }, LIMITS);
    const modern = '\n  {\n    "like" : {\n      "tweetId" : "1"\n    }\n  },\n  {\n    "like" : { }\n  },\n';
    const odd =
      '  { "like" : { "tweetId" : "2" } },\n  {\n    "like" : {\n      "tweetId" : "3"\n    }\n  }\n]';
    splitter.push(Buffer.from(modern + odd));
    splitter.end();
    expect(out).toEqual([
      { like: { tweetId: '1' } },
      { like: {} },
      { like: { tweetId: '2' } },
      { like: { tweetId: '3' } },
    ]);
    expect(tentative).toBe(1);
    const compact2019 = ' {\n  "a" : "}"\n}, {\n  "b" : [ {\n    "c" : 1\n  } ]\n} ]';
    for (let cut = 0; cut < compact2019.length; cut += 3) {
      expect(split(compact2019, [cut]).map((t) => JSON.parse(t) as unknown)).toEqual([
        { a: '}' },
        { b: [{ c: 1 }] },
      ]);
    }
  });

  it('accepts an empty array, whitespace and one trailing semicolon after it', () => {
    expect(split(' ]')).toEqual([]);
    expect(split('{"a":1}]\r\n;\n')).toEqual(['{"a":1}']);
  });

  it('reports truncation, trailing content and malformed separators in words', () => {
    expect(() => split('{"a":1},{"b":')).toThrow(/truncated/);
    expect(() => split('{"a":1}] x')).toThrow(/after the end/);
    expect(() => split('{"a":1}];;')).toThrow(/after the end/);
    expect(() => split('{"a":1} {"b":2}]')).toThrow(/comma is missing/);
    expect(() => split('{"a":1},]')).toThrow(/trailing comma/);
    expect(() => split('{"a":1},,{"b":1}]')).toThrow(/empty element/);
    expect(() => split('"text"]')).toThrow(/not an object/);
    expect(() => split('12]')).toThrow(/unexpected '1'/);
  });

  it('enforces the nesting and element size limits', () => {
    expect(() =>
      split(`${'['.repeat(5)}${']'.repeat(5)}]`, [], { maxDepth: 4, maxElementBytes: 100 }),
    ).toThrow(/nested deeper than 4/);
    expect(() => split(`{"a":"${'x'.repeat(200)}"}]`, [], { maxDepth: 4, maxElementBytes: 100 })).toThrow(
      /larger than 100 bytes/,
    );
    expect(() =>
      split(`{"a":"${'x'.repeat(200)}"}]`, [50, 120], { maxDepth: 4, maxElementBytes: 100 }),
    ).toThrow(/larger than 100 bytes/);
  });
});

describe('readJsArrayStream', () => {
  it('strips the window.YTD prefix and parses each element', async () => {
    const text =
      'window.YTD.like.part0 = [ {\n  "like" : { "tweetId" : "1" }\n}, {\n  "like" : { "tweetId" : "2" }\n} ]';
    expect(await readText(text)).toEqual([{ like: { tweetId: '1' } }, { like: { tweetId: '2' } }]);
  });

  it('tolerates a BOM, CRLF line ends, a trailing semicolon and newline', async () => {
    const text = '\uFEFFwindow.YTD.block.part0 =\r\n[\r\n  {"blocking":{"accountId":"9"}}\r\n];\r\n';
    expect(await readText(text, {}, 3)).toEqual([{ blocking: { accountId: '9' } }]);
  });

  it('reads classic Grailbird files, whose array starts on the next line', async () => {
    const text = 'Grailbird.data.tweets_2019_02 = \n[ {\n  "id_str" : "1",\n  "text" : "a\\/b"\n} ]';
    expect(await readText(text)).toEqual([{ id_str: '1', text: 'a/b' }]);
  });

  it('refuses files that are not `<global> = [...]`', async () => {
    await expect(readText('')).rejects.toThrow(/empty/);
    await expect(readText('[ {"a": 1} ]')).rejects.toThrow(/does not start with/);
    await expect(readText('alert(1); window.x = [ ]')).rejects.toThrow(/does not start with/);
    await expect(readText('window.__THAR_CONFIG = { "a": 1 }')).rejects.toThrow(/not a JSON array/);
    await expect(readText('window.YTD.x.part0 = [ {"a": tru} ]')).rejects.toThrow(
      /record 1 is not valid JSON/,
    );
    await expect(readText('window.YTD.x.part0 = [ {"a": 1} ')).rejects.toThrow(/truncated/);
  });

  it('stops a file that inflates past the size limit', async () => {
    const text = `window.YTD.x.part0 = [ ${'{"a": 1}, '.repeat(100)}{"a": 1} ]`;
    await expect(readText(text, { maxInflatedBytes: 200 })).rejects.toThrow(/larger than 200 bytes/);
  });
});
