import Papa from 'papaparse';
import { UserFacingError } from '../errors';
import { isKnownColumnName, looksLikeData } from './columns';
import { BOOKMARK_LIMITS, formatRows } from './limits';
import { ProblemTally, uniqueColumnNames, type BookmarkTable } from './table';

const DELIMITERS = [',', ';', '\t', '|'];
/** Text looked at to guess the delimiter and the line ending. */
const GUESS_CHARS = 64 * 1024;

interface ParsedChunk {
  data: string[][];
  errors: Array<{ code: string; row?: number }>;
  meta: { cursor: number };
}

/** The first row is a header when it names a known column, or when it holds no data but the next row does. */
function detectHeader(first: readonly string[], second: readonly string[] | undefined): boolean {
  if (first.some(isKnownColumnName)) return true;
  if (first.some(looksLikeData)) return false;
  return second !== undefined && second.some(looksLikeData);
}

const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/**
 * Every non-blank row of a CSV given as chunks of text, parsed as the chunks come (a row split
 * between chunks waits for the next one): the parser stops at the row cap, never holding more than
 * the rows it keeps and one unfinished row.
 */
function readRows(input: Iterable<string>, limits: typeof BOOKMARK_LIMITS, tally: ProblemTally) {
  const chunks = input[Symbol.iterator]();
  let pending = '';
  let done = false;
  const pull = () => {
    const next = chunks.next();
    if (next.done) done = true;
    else pending += next.value;
  };
  while (!done && pending.length < GUESS_CHARS) pull();
  const guess = Papa.parse<string[]>(pending.slice(0, GUESS_CHARS), {
    delimitersToGuess: DELIMITERS,
    preview: 50,
  }).meta;
  const newline = guess.linebreak as '\r' | '\n' | '\r\n';
  const parser = new Papa.Parser({ delimiter: guess.delimiter, newline });
  const rows: string[][] = [];
  let rowsSeen = 0;
  for (;;) {
    const last = done;
    const parsed = parser.parse(pending, 0, !last) as ParsedChunk;
    for (const error of parsed.errors) {
      if (error.code !== 'MissingQuotes' && error.code !== 'InvalidQuotes') continue;
      const row = rowsSeen + (error.row ?? 0) + 1;
      if (error.code === 'MissingQuotes') {
        tally.add(
          'a quoted cell is never closed, so the rest of the file runs into it; check the quotes',
          row,
          'error',
        );
      } else tally.add('a cell has a stray quote inside it', row);
    }
    for (const row of parsed.data) {
      rowsSeen++;
      if (isBlank(row)) continue;
      if (rows.length >= limits.maxRows + 1) {
        throw new UserFacingError(
          'BAD_INPUT',
          `the file has more than ${formatRows(limits.maxRows)} rows, more than a bookmarks import takes; is it a bookmarks export?`,
        );
      }
      let chars = 0;
      for (const cell of row) chars += cell.length;
      if (chars > limits.maxRowChars) throw rowTooLong(rowsSeen);
      rows.push(row);
    }
    if (last) break;
    pending = pending.slice(parsed.meta.cursor);
    if (pending.length > limits.maxRowChars) throw rowTooLong(rowsSeen + 1);
    pull();
  }
  return { rows, delimiter: guess.delimiter };
}

function rowTooLong(row: number): UserFacingError {
  return new UserFacingError(
    'BAD_INPUT',
    `row ${formatRows(row)} is longer than a bookmark can be (a quoted cell that never closes?); check the quotes`,
  );
}

/**
 * CSV (or TSV, `;`- or `|`-separated), quoted cells with newlines included, header or not: the
 * whole text, or its chunks as a file is read (see TextChunks). Over the row caps it is refused.
 */
export function parseBookmarkCsv(
  input: string | Iterable<string>,
  limits: typeof BOOKMARK_LIMITS = BOOKMARK_LIMITS,
): BookmarkTable {
  const tally = new ProblemTally();
  const { rows: data, delimiter } = readRows(typeof input === 'string' ? [input] : input, limits, tally);
  const first = data[0] ?? [];
  const hasHeader = detectHeader(first, data[1]);
  const rows = hasHeader ? data.slice(1) : data;
  if (rows.length > limits.maxRows) {
    throw new UserFacingError(
      'BAD_INPUT',
      `the file has more than ${formatRows(limits.maxRows)} rows, more than a bookmarks import takes; is it a bookmarks export?`,
    );
  }
  let width = hasHeader ? first.length : 0;
  for (const r of rows) if (r.length > width) width = r.length;
  const names = hasHeader ? first.map((c) => c.trim()) : [];
  for (let i = names.length; i < width; i++) names.push(`Column ${i + 1}`);
  if (hasHeader) {
    rows.forEach((r, i) => {
      if (r.length !== first.length)
        tally.add('the row has a different number of cells than the header', i + 1);
    });
  }
  return {
    format: 'csv',
    delimiter,
    hasHeader,
    columns: uniqueColumnNames(names),
    rows: rows.map((r) => (r.length === width ? r : [...r, ...Array<string>(width - r.length).fill('')])),
    problems: tally.list(),
  };
}
