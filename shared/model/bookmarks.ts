/**
 * Bookmarks brought in from an export file (X's archive has none): the fields a file's columns can map
 * to, the preview shown before anything is written, and the outcome of an import.
 */
import type { ArchiveSummary } from './summary';

/** What a column can hold. A post is identified by `postId` or, failing that, by `postUrl`. */
export const BOOKMARK_FIELDS = ['postId', 'postUrl', 'text', 'author', 'date'] as const;
export type BookmarkField = (typeof BOOKMARK_FIELDS)[number];

/** Field -> the name of the column that holds it (absent: not in the file). */
export type BookmarkMapping = Partial<Record<BookmarkField, string>>;

export type BookmarkFileFormat = 'csv' | 'json';

export interface BookmarkProblem {
  /** `error`: nothing can be imported until it is fixed; `warning`: some rows are skipped or partial. */
  severity: 'error' | 'warning';
  message: string;
  /** How many rows it concerns (0 when it is about the whole file). */
  rows: number;
  /** The first few 1-based row numbers (data rows, header not counted). */
  examples: number[];
}

/** One data row as it would be stored. */
export interface BookmarkRowPreview {
  /** 1-based data row number. */
  row: number;
  postId: string | null;
  author: string | null;
  text: string | null;
  /** UTC ISO-8601, or null. */
  date: string | null;
  /** Why the row would be skipped or is incomplete; null when it is fine. */
  problem: string | null;
}

export interface BookmarkPreview {
  fileName: string;
  format: BookmarkFileFormat;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** The CSV delimiter found (`,` `;` tab `|`), null for JSON. */
  delimiter: string | null;
  /** False when the CSV's first row is data: columns are then named `Column 1`, `Column 2`... */
  hasHeader: boolean;
  columns: string[];
  /** The mapping used for `parsed` and `problems`: the one asked for, or the guess. */
  mapping: BookmarkMapping;
  /** The mapping guessed from column names and contents. */
  guessed: BookmarkMapping;
  /** The first rows' cells, one string per column, as in the file. */
  rows: string[][];
  parsed: BookmarkRowPreview[];
  /** Data rows in the file. */
  totalRows: number;
  /** Distinct posts that would be imported. */
  importable: number;
  problems: BookmarkProblem[];
}

export interface BookmarkImportResult {
  /** Bookmarks now in the archive's database from this file. */
  imported: number;
  /** Of these, posts the archive's own bookmark file already had (merged by post id, one item each). */
  merged: number;
  /** Bookmarks of a previous import that this one replaced. */
  replaced: number;
  /** Data rows left out (no post id, or a repeat of a post earlier in the file). */
  skipped: number;
  problems: BookmarkProblem[];
  summary: ArchiveSummary;
}

/** What the archive holds from the last bookmark import (null when there was none). */
export interface BookmarkImportState {
  fileName: string;
  importedAt: string;
  imported: number;
  merged: number;
}
