import { UserFacingError } from '../errors';
import { BOOKMARK_LIMITS, formatRows } from './limits';
import { parseBookmarkCsv } from './parse-csv';
import { parseBookmarkJson } from './parse-json';
import type { BookmarkTable } from './table';

/** What the text opens like: a web page is refused, JSON (or an archive data file), else CSV. */
function formatOfHead(text: string, fileName: string): 'json' | 'csv' {
  const head = text.slice(0, 512).trimStart();
  if (head.length === 0) throw new UserFacingError('BAD_INPUT', 'the file holds no text', fileName);
  if (/^<(?:!doctype|html|\?xml)/i.test(head)) {
    throw new UserFacingError(
      'BAD_INPUT',
      'this is a web page or XML file, not a CSV or JSON export',
      fileName,
    );
  }
  return head.startsWith('[') || head.startsWith('{') || head.startsWith('window.YTD.') ? 'json' : 'csv';
}

function jsonTable(text: string, fileName: string, limits: typeof BOOKMARK_LIMITS): BookmarkTable {
  const table = parseBookmarkJson(text, fileName);
  if (table.rows.length > limits.maxRows) {
    throw new UserFacingError(
      'BAD_INPUT',
      `the file has more than ${formatRows(limits.maxRows)} records, more than a bookmarks import takes; is it a bookmarks export?`,
      fileName,
    );
  }
  return table;
}

/** JSON when the text opens like JSON (or an archive data file), CSV otherwise. */
export function tableOfText(text: string, fileName: string): BookmarkTable {
  return formatOfHead(text, fileName) === 'json'
    ? jsonTable(text, fileName, BOOKMARK_LIMITS)
    : parseBookmarkCsv(text);
}

/**
 * The table of a file read as chunks of text: CSV is parsed as it is read (stopping at the row
 * cap); JSON, which has no rows to stream, is read whole only up to its own size cap.
 */
export function tableOfChunks(
  chunks: Iterable<string>,
  fileName: string,
  limits: typeof BOOKMARK_LIMITS = BOOKMARK_LIMITS,
): BookmarkTable {
  const it = chunks[Symbol.iterator]();
  let head = '';
  for (let next = it.next(); ; next = it.next()) {
    if (next.done) break;
    head += next.value;
    if (head.trimStart().length >= 512) break;
  }
  if (formatOfHead(head, fileName) === 'csv') return parseBookmarkCsv(chain(head, it), limits);
  let text = head;
  for (let next = it.next(); !next.done; next = it.next()) {
    text += next.value;
    if (text.length > limits.maxJsonBytes) {
      throw new UserFacingError(
        'BAD_INPUT',
        `the JSON file is larger than ${Math.round(limits.maxJsonBytes / 1024 / 1024)} MB, far larger than a bookmarks export; export the bookmarks as CSV instead`,
        fileName,
      );
    }
  }
  return jsonTable(text, fileName, limits);
}

/** `first`, then what is left of `rest`, lazily. */
function* chain(first: string, rest: Iterator<string>): Generator<string> {
  yield first;
  for (let next = rest.next(); !next.done; next = rest.next()) yield next.value;
}
