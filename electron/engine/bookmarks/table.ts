import type { BookmarkFileFormat, BookmarkProblem } from '../../../shared/model/bookmarks';

/** A bookmark file read into columns and rows of strings, whatever its format. */
export interface BookmarkTable {
  format: BookmarkFileFormat;
  delimiter: string | null;
  hasHeader: boolean;
  columns: string[];
  /** Data rows, one string per column ('' when absent). */
  rows: string[][];
  /** Problems found while reading (bad quotes, ragged rows...). */
  problems: BookmarkProblem[];
}

export const EXAMPLE_ROWS = 5;

/** Collects per-row problems under one message each: a count and the first few row numbers. */
export class ProblemTally {
  private readonly byMessage = new Map<string, BookmarkProblem>();

  add(message: string, row: number, severity: BookmarkProblem['severity'] = 'warning'): void {
    let p = this.byMessage.get(message);
    if (!p) {
      p = { severity, message, rows: 0, examples: [] };
      this.byMessage.set(message, p);
    }
    p.rows++;
    if (p.examples.length < EXAMPLE_ROWS) p.examples.push(row);
  }

  list(): BookmarkProblem[] {
    return [...this.byMessage.values()];
  }
}

/** Column names made unique (`text`, `text (2)`) and never empty (`Column 3`). */
export function uniqueColumnNames(raw: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return raw.map((name, i) => {
    const base = name.trim() || `Column ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}
