import type { BookmarkMapping, BookmarkPreview, BookmarkProblem } from '../../../shared/model/bookmarks';
import { UserFacingError } from '../errors';
import { noProgress, type Progress } from '../services/progress';
import { guessMapping } from './columns';
import { openBookmarkFile } from './read-text';
import { tableOfChunks } from './read-table';
import { mapRows, mappingProblems, type MappedRows } from './rows';

export const PREVIEW_ROWS = 20;

export interface LoadedBookmarks {
  preview: BookmarkPreview;
  mapped: MappedRows;
}

/**
 * Reads a bookmark export and applies a mapping (the guess when none is given). Nothing is written:
 * this is the preview, and the first half of an import. `progress` is told the bytes read (and parsed,
 * as the file is parsed while it is read).
 */
export function loadBookmarkFile(
  path: string,
  mapping?: BookmarkMapping,
  progress: Progress = noProgress,
): LoadedBookmarks {
  const file = openBookmarkFile(path, progress);
  let table;
  try {
    table = tableOfChunks(file.chunks, file.fileName);
  } catch (err) {
    if (err instanceof UserFacingError && err.file === undefined) {
      throw new UserFacingError(err.code, err.message, file.fileName);
    }
    throw err;
  }
  const guessed = guessMapping(table.columns, table.rows);
  const used = mapping ?? guessed;
  let mapped: MappedRows;
  try {
    mapped =
      mappingProblems(table, used).length > 0
        ? { records: [], preview: [], skipped: table.rows.length, problems: [] }
        : mapRows(table, used, PREVIEW_ROWS);
  } catch (err) {
    if (err instanceof UserFacingError) throw new UserFacingError(err.code, err.message, file.fileName);
    throw err;
  }
  const problems: BookmarkProblem[] = [
    ...table.problems,
    ...mappingProblems(table, used),
    ...mapped.problems,
  ];
  if (mapped.records.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.unshift({
      severity: 'error',
      message: 'none of the rows identifies a post; check the column mapping',
      rows: table.rows.length,
      examples: [],
    });
  }
  return {
    mapped,
    preview: {
      fileName: file.fileName,
      format: table.format,
      encoding: file.chunks.encoding,
      delimiter: table.delimiter,
      hasHeader: table.hasHeader,
      columns: table.columns,
      mapping: used,
      guessed,
      rows: table.rows.slice(0, PREVIEW_ROWS),
      parsed: mapped.preview,
      totalRows: table.rows.length,
      importable: mapped.records.length,
      problems,
    },
  };
}
