import Papa from 'papaparse';
import { isKnownColumnName, looksLikeData } from './columns';
import { ProblemTally, uniqueColumnNames, type BookmarkTable } from './table';

const DELIMITERS = [',', ';', '\t', '|'];

/** The first row is a header when it names a known column, or when it holds no data but the next row does. */
function detectHeader(first: readonly string[], second: readonly string[] | undefined): boolean {
  if (first.some(isKnownColumnName)) return true;
  if (first.some(looksLikeData)) return false;
  return second !== undefined && second.some(looksLikeData);
}

/** CSV (or TSV, `;`- or `|`-separated), quoted cells with newlines included, header or not. */
export function parseBookmarkCsv(text: string): BookmarkTable {
  const result = Papa.parse<string[]>(text, { delimitersToGuess: DELIMITERS, skipEmptyLines: 'greedy' });
  const data = result.data;
  const tally = new ProblemTally();
  const first = data[0] ?? [];
  const hasHeader = detectHeader(first, data[1]);
  const rows = hasHeader ? data.slice(1) : data;
  let width = hasHeader ? first.length : 0;
  for (const r of rows) if (r.length > width) width = r.length;
  const names = hasHeader ? first.map((c) => c.trim()) : [];
  for (let i = names.length; i < width; i++) names.push(`Column ${i + 1}`);
  const offset = hasHeader ? 1 : 0;
  for (const error of result.errors) {
    if (error.code === 'MissingQuotes' || error.code === 'InvalidQuotes') {
      const row = (error.row ?? 0) + 1 - offset;
      tally.add(
        error.code === 'MissingQuotes'
          ? 'a quoted cell is never closed, so the rest of the file runs into it; check the quotes'
          : 'a cell has a stray quote inside it',
        Math.max(1, row),
        error.code === 'MissingQuotes' ? 'error' : 'warning',
      );
    }
  }
  if (hasHeader) {
    rows.forEach((r, i) => {
      if (r.length !== first.length)
        tally.add('the row has a different number of cells than the header', i + 1);
    });
  }
  return {
    format: 'csv',
    delimiter: result.meta.delimiter,
    hasHeader,
    columns: uniqueColumnNames(names),
    rows: rows.map((r) => (r.length === width ? r : [...r, ...Array<string>(width - r.length).fill('')])),
    problems: tally.list(),
  };
}
