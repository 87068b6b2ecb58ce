import { DataFileError } from './parse-error';
import { parseJsonText } from './json-text';

/**
 * Walks the structure of one JSON value held as bytes, without building it: for records too large
 * to JSON.parse whole, the caller finds the parts it needs and parses those alone. Positions are
 * byte offsets into `buf`; nothing past `end` is read.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const broken = (what: string) => new DataFileError(`a large record is not valid JSON (${what})`);

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The byte at `k`, or -1 at or past `end` (the buffer may hold other data after it). */
const at = (buf: Buffer, k: number, end: number): number => (k < end ? buf[k]! : -1);

export function skipSpace(buf: Buffer, i: number, end: number): number {
  while (i < end && isSpace(buf[i])) i++;
  return i;
}

/** Index past the string whose opening quote is at `i`. */
function skipString(buf: Buffer, i: number, end: number): number {
  let q = buf.indexOf(QUOTE, i + 1);
  while (q !== -1 && q < end) {
    let k = q - 1;
    while (buf[k] === BACKSLASH) k--;
    if (((q - 1 - k) & 1) === 0) return q + 1;
    q = buf.indexOf(QUOTE, q + 1);
  }
  throw broken('a string does not end');
}

/** Index past the value that starts at `i` (no leading space). */
export function skipValue(buf: Buffer, i: number, end: number): number {
  const c = at(buf, i, end);
  if (c === QUOTE) return skipString(buf, i, end);
  if (c !== 0x7b && c !== 0x5b) {
    // A number or a literal: up to the next delimiter.
    let k = i;
    while (k < end && !isSpace(buf[k]) && buf[k] !== 0x2c && buf[k] !== 0x7d && buf[k] !== 0x5d) k++;
    if (c === -1) throw broken('it ends early');
    if (k === i) throw broken('a value is missing');
    return k;
  }
  let depth = 0;
  for (let k = i; k < end; k++) {
    const b = buf[k];
    if (b === QUOTE) k = skipString(buf, k, end) - 1;
    else if (b === 0x7b || b === 0x5b) depth++;
    else if ((b === 0x7d || b === 0x5d) && --depth === 0) return k + 1;
  }
  throw broken('an object or array does not end');
}

/** Parses the bytes of one small value. */
export function parseSpan(buf: Buffer, start: number, end: number): unknown {
  try {
    return parseJsonText(buf.toString('utf8', start, end));
  } catch {
    throw broken('a part of it does not parse');
  }
}

/** Index past the `"key": value` member at `k`. */
function skipMember(buf: Buffer, k: number, end: number): number {
  if (at(buf, k, end) !== QUOTE) throw broken('an object key is not a string');
  const colon = skipSpace(buf, skipString(buf, k, end), end);
  if (at(buf, colon, end) !== 0x3a) throw broken('a colon is missing');
  return skipValue(buf, skipSpace(buf, colon + 1, end), end);
}

/** The spans of the items (members or elements) of the object or array at `i`, in order. */
function* spans(buf: Buffer, i: number, end: number, object: boolean): Generator<[number, number]> {
  const [open, close] = object ? [0x7b, 0x7d] : [0x5b, 0x5d];
  if (at(buf, i, end) !== open) throw broken(object ? 'an object was expected' : 'an array was expected');
  let k = skipSpace(buf, i + 1, end);
  if (at(buf, k, end) === close) return;
  for (;;) {
    const stop = object ? skipMember(buf, k, end) : skipValue(buf, k, end);
    yield [k, stop];
    k = skipSpace(buf, stop, end);
    if (at(buf, k, end) === close) return;
    if (at(buf, k, end) !== 0x2c) throw broken(k >= end ? 'it ends early' : 'a comma is missing');
    k = skipSpace(buf, k + 1, end);
  }
}

/** The members of the object at `i`: each key with the span of its value. */
export function* members(
  buf: Buffer,
  i: number,
  end: number,
): Generator<{ key: string; start: number; stop: number }> {
  for (const [k, stop] of spans(buf, i, end, true)) {
    const keyEnd = skipString(buf, k, end);
    const start = skipSpace(buf, skipSpace(buf, keyEnd, end) + 1, end);
    yield { key: parseSpan(buf, k, keyEnd) as string, start, stop };
  }
}

/** The spans of the elements of the array at `i`. */
export function elements(buf: Buffer, i: number, end: number): Generator<[number, number]> {
  return spans(buf, i, end, false);
}
