import { UserFacingError } from '../errors';
import { uniqueColumnNames, type BookmarkTable } from './table';
import { parseJsonText } from '../parse/json-text';

/** Arrays of bookmarks sit under one of these keys in the exports seen (`{"bookmarks": [...]}`...). */
const LIST_KEYS = [
  'bookmarks',
  'bookmark',
  'data',
  'items',
  'tweets',
  'posts',
  'results',
  'entries',
  'records',
];
const MAX_DEPTH = 4;
const MAX_COLUMNS = 300;
/** `window.YTD.bookmark.part0 = [...]`, as an archive data file would be. */
const YTD_PREFIX = /^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*/;
/** A string token, or an integer literal too long for a JS number (64-bit post ids). */
const LONG_INTEGERS = /"(?:[^"\\]|\\.)*"|(-?\d{16,})(?![\d.eE])/g;

/** Quotes integer literals of 16+ digits, so 64-bit ids keep their exact digits through JSON.parse. */
function quoteLongIntegers(text: string): string {
  return text.replace(LONG_INTEGERS, (match, digits: string | undefined) => (digits ? `"${digits}"` : match));
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The array of bookmark objects: the top level, a known key, or the largest array of objects inside. */
function findRecords(value: unknown, depth = 0): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isRecord(value) || depth > 2) return null;
  for (const key of LIST_KEYS) {
    const v = value[key];
    if (Array.isArray(v)) return v;
  }
  let best: unknown[] | null = null;
  for (const v of Object.values(value)) {
    const found = findRecords(v, depth + 1);
    if (found && found.some(isRecord) && (!best || found.length > best.length)) best = found;
  }
  return best;
}

function cellOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) return value.join(' ');
  return undefined;
}

/** `{"user": {"screen_name": "a"}}` -> `user.screen_name = a`; arrays of objects are left out. */
function flatten(value: unknown, prefix: string, depth: number, out: Map<string, string>): void {
  if (!isRecord(value)) {
    const cell = cellOf(value);
    if (cell !== undefined && prefix) out.set(prefix, cell);
    return;
  }
  if (depth >= MAX_DEPTH) return;
  for (const [key, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${key}` : key, depth + 1, out);
}

/** Single-key wrappers (`{"bookmark": {...}}`, as in archive files) are unwrapped. */
function unwrap(el: unknown): unknown {
  if (!isRecord(el)) return el;
  const keys = Object.keys(el);
  return keys.length === 1 && isRecord(el[keys[0]!]) ? el[keys[0]!] : el;
}

/** JSON: an array of objects, or an object holding one (`{"bookmarks": [...]}`, `{"data": {...}}`). */
export function parseBookmarkJson(text: string, fileName: string): BookmarkTable {
  let value: unknown;
  try {
    value = parseJsonText(quoteLongIntegers(text.replace(YTD_PREFIX, '')));
  } catch (err) {
    throw new UserFacingError(
      'BAD_INPUT',
      `the file looks like JSON but is not valid JSON (${(err as Error).message.split('\n')[0]})`,
      fileName,
    );
  }
  const records = findRecords(value);
  if (!records) {
    throw new UserFacingError(
      'BAD_INPUT',
      'the JSON holds no list of bookmarks (an array of objects)',
      fileName,
    );
  }
  const flat: Array<Map<string, string>> = [];
  const columns = new Map<string, number>();
  for (const el of records) {
    const cells = new Map<string, string>();
    const inner = unwrap(el);
    if (isRecord(inner)) flatten(inner, '', 0, cells);
    else if (cellOf(inner) !== undefined) cells.set('value', cellOf(inner)!);
    for (const key of cells.keys())
      if (!columns.has(key) && columns.size < MAX_COLUMNS) columns.set(key, columns.size);
    flat.push(cells);
  }
  const names = [...columns.keys()];
  return {
    format: 'json',
    delimiter: null,
    hasHeader: true,
    columns: uniqueColumnNames(names),
    rows: flat.map((cells) => names.map((n) => cells.get(n) ?? '')),
    problems: [],
  };
}
