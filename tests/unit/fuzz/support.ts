import fc from 'fast-check';
import { DataFileError } from '../../../electron/engine/parse/parse-error';
import { UserFacingError } from '../../../electron/engine/errors';
import { PROPERTY_TIME_LIMIT_MS } from '../property-budget';

/** Fixed seeds: the same thousands of inputs on every run, so a failure reproduces. */
export const SEED = 42;
export const RUNS = 2000;

/** fast-check parameters for every fuzz property: fixed seed, RUNS inputs, a time limit. */
export const FUZZ = { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS } as const;

/** True for the errors the engine throws on purpose (a damaged file, a cancelled import). */
export function isTypedError(err: unknown): boolean {
  return err instanceof DataFileError || err instanceof UserFacingError;
}

/** Strings that stress a byte-level JSON scanner: quotes, escapes, brackets, astral and RTL characters. */
export const trickyString = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '\\',
    '"',
    '\\"',
    '\\\\',
    '}',
    ']',
    '[{',
    '},{',
    ',',
    '\n  }',
    '\n}',
    '😀',
    '\u202e',
    '\u2028',
    'window.YTD.x.part0 = [',
  ),
);

/** One archive-like element: an object, usually with a wrapper key, holding tricky values. */
export const element: fc.Arbitrary<Record<string, unknown>> = fc
  .dictionary(
    fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('id_str', 'full_text', '__proto__', 'constructor')),
    fc.oneof(
      trickyString,
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(null),
      fc.array(trickyString, { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 4 }), trickyString, { maxKeys: 3 }),
    ),
    { maxKeys: 6 },
  )
  .chain((inner) =>
    fc.oneof(
      fc.constant(inner),
      fc.constantFrom('tweet', 'like', 'dmConversation').map((k) => ({ [k]: inner })),
    ),
  );

export type Layout = 'x' | 'indent2' | 'compact' | 'crlf';

/** Serialises like X (`"key" : value`, 2-space indent), plain pretty, compact or pretty with CRLF. */
export function serialise(elements: readonly unknown[], layout: Layout): string {
  const pretty = JSON.stringify(elements, null, 2);
  switch (layout) {
    case 'x':
      return pretty.replace(/^(\s*"(?:[^"\\]|\\.)*"): /gm, '$1 : ');
    case 'indent2':
      return pretty;
    case 'compact':
      return JSON.stringify(elements);
    case 'crlf':
      return pretty.replace(/\n/g, '\r\n');
  }
}

/** Cuts `bytes` into chunks at the given (sorted, deduplicated) points. */
export function chunksAt(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let prev = 0;
  for (const p of [...points, bytes.length]) {
    out.push(Buffer.from(bytes.subarray(prev, p)));
    prev = p;
  }
  return out;
}

/** Byte-level damage: flips, inserts, deletes and a possible truncation. */
export const mutations = fc.array(
  fc.record({
    kind: fc.constantFrom('flip', 'insert', 'delete', 'set'),
    at: fc.nat(),
    byte: fc.constantFrom(
      0x00,
      0x22,
      0x5c,
      0x5b,
      0x5d,
      0x7b,
      0x7d,
      0x2c,
      0x0a,
      0x3b,
      0x3d,
      0xff,
      0xc3,
      0x20,
      0x61,
    ),
  }),
  { minLength: 1, maxLength: 6 },
);

export function mutate(
  bytes: Buffer,
  edits: ReadonlyArray<{ kind: string; at: number; byte: number }>,
): Buffer {
  let out = Buffer.from(bytes);
  for (const e of edits) {
    if (out.length === 0) break;
    const at = e.at % out.length;
    if (e.kind === 'flip') out[at] = out[at]! ^ (1 << (e.byte % 8));
    else if (e.kind === 'set') out[at] = e.byte;
    else if (e.kind === 'insert')
      out = Buffer.concat([out.subarray(0, at), Buffer.from([e.byte]), out.subarray(at)]);
    else out = Buffer.concat([out.subarray(0, at), out.subarray(at + 1)]);
  }
  return out;
}
