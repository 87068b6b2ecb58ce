import { DataFileError, jsonErrorReason } from './parse-error';
import { parseJsonText } from './json-text';

/**
 * The assignment that starts every archive data file: `window.YTD.tweets.part0 = `,
 * `window.__THAR_CONFIG = `, `Grailbird.data.tweets_2019_02 = ` or `var tweet_index = `.
 */
const ASSIGNMENT = /^\s*(?:var\s+)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*=\s*$/;

export interface PrefixMatch {
  /** The assigned global, e.g. `window.YTD.tweets.part0`. */
  globalName: string;
  /** Offset of the value's first byte (`[` or `{`). */
  valueStart: number;
  /** The value's first byte. */
  opener: '[' | '{';
}

const EQUALS = 0x3d;

function isJsonSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Finds the assignment prefix in the first bytes of a file. Returns null when more bytes are
 * needed; throws a DataFileError when the bytes cannot be an archive data file.
 */
export function matchPrefix(head: Buffer, isEnd: boolean, maxPrefixBytes: number): PrefixMatch | null {
  let start = 0;
  if (head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) start = 3;
  const eq = head.indexOf(EQUALS, start);
  if (eq === -1) {
    if (head.length > maxPrefixBytes) throw notAssignment();
    if (isEnd) throw head.length === 0 ? new DataFileError('the file is empty (0 bytes)') : notAssignment();
    return null;
  }
  let v = eq + 1;
  while (v < head.length && isJsonSpace(head[v]!)) v++;
  if (v >= head.length) {
    if (isEnd) throw new DataFileError('the file ends right after `=`: it is truncated');
    if (head.length > maxPrefixBytes) throw notAssignment();
    return null;
  }
  const left = head.toString('utf8', start, eq + 1);
  const m = ASSIGNMENT.exec(left);
  if (!m) throw notAssignment();
  const opener = head[v];
  if (opener !== 0x5b && opener !== 0x7b) {
    throw new DataFileError('the data after `=` is not a JSON array or object');
  }
  return { globalName: m[1]!, valueStart: v, opener: opener === 0x5b ? '[' : '{' };
}

function notAssignment(): DataFileError {
  return new DataFileError(
    'the file does not start with `window.YTD.<name> = [`, so it is not an X archive data file',
  );
}

/**
 * Parses a small whole file (`<global> = <JSON value>`), e.g. the manifest or classic index files.
 * Tolerates a BOM, CRLF, a trailing `;` and trailing whitespace. Never evaluates anything.
 */
export function parseAssignment(
  bytes: Buffer,
  maxPrefixBytes = 4096,
): { globalName: string; value: unknown } {
  const match = matchPrefix(bytes, true, maxPrefixBytes);
  if (!match) throw new DataFileError('the file is truncated');
  let body = bytes.toString('utf8', match.valueStart).trimEnd();
  if (body.endsWith(';')) body = body.slice(0, -1);
  try {
    return { globalName: match.globalName, value: parseJsonText(body) };
  } catch (err) {
    throw new DataFileError(
      `the data is not valid JSON (${jsonErrorReason(err)}); the file may be truncated or edited`,
    );
  }
}
