/**
 * What a bookmark import takes. Real exports are a few MB and a few thousand rows; these bounds keep
 * a hostile or mistaken file (a 15 MB CSV of one-character rows, a 150 MB dump) from taking gigabytes.
 */
export const BOOKMARK_LIMITS = {
  /** Largest file read at all. */
  maxFileBytes: 100 * 1024 * 1024,
  /** Largest JSON file (parsed whole: JSON has no rows to stream). */
  maxJsonBytes: 32 * 1024 * 1024,
  /** Most rows (CSV) or records (JSON). */
  maxRows: 200_000,
  /** Longest row, in characters (a quoted cell that never closes runs to the end of the file). */
  maxRowChars: 1024 * 1024,
};

export function formatRows(n: number): string {
  return n.toLocaleString('en');
}
