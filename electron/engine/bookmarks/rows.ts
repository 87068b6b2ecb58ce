/**
 * Turning a table's rows into bookmarks under a mapping: the post id (from its column, else from the
 * link), the author, the text and the date, with a reason for every row left out or left incomplete.
 */
import type { BookmarkMapping, BookmarkProblem, BookmarkRowPreview } from '../../../shared/model/bookmarks';
import { postUrl } from '../../../shared/format/post-url';
import { UserFacingError } from '../errors';
import { parseBookmarkDate } from './dates';
import { handleOf, isMangledId, isPostId, postRefOfUrl } from './post-ref';
import { ProblemTally, type BookmarkTable } from './table';

export interface BookmarkRecordIn {
  postId: string;
  author: string | null;
  text: string | null;
  date: string | null;
  url: string;
}

export const NO_POST = 'no post id or link to a post on x.com, so the row is skipped';
export const MANGLED =
  'the post id was shortened by a spreadsheet (like 1.79E+18); map the link column instead';
export const REPEATED = 'the same post appears earlier in the file; it is imported once';
export const BAD_DATE = 'the date could not be read (use a form like 2024-05-31 or 2024-05-31T14:02:00Z)';

export interface MappedRows {
  records: BookmarkRecordIn[];
  /** Per row in file order, for the preview (only the first `previewRows` are built). */
  preview: BookmarkRowPreview[];
  skipped: number;
  problems: BookmarkProblem[];
}

function columnIndex(table: BookmarkTable, name: string | undefined): number {
  if (name === undefined) return -1;
  const i = table.columns.indexOf(name);
  if (i < 0) throw new UserFacingError('BAD_INPUT', `the file has no column named "${name}"`);
  return i;
}

/** Checks a mapping against the table: unknown columns are refused, a post column is required. */
export function mappingProblems(table: BookmarkTable, mapping: BookmarkMapping): BookmarkProblem[] {
  if (mapping.postId === undefined && mapping.postUrl === undefined) {
    return [
      {
        severity: 'error',
        message:
          table.rows.length === 0
            ? 'the file has no rows'
            : 'no column holds post ids or links to posts; choose one in the column mapping',
        rows: 0,
        examples: [],
      },
    ];
  }
  return [];
}

export function mapRows(table: BookmarkTable, mapping: BookmarkMapping, previewRows: number): MappedRows {
  const col = {
    postId: columnIndex(table, mapping.postId),
    postUrl: columnIndex(table, mapping.postUrl),
    text: columnIndex(table, mapping.text),
    author: columnIndex(table, mapping.author),
    date: columnIndex(table, mapping.date),
  };
  const cell = (r: string[], i: number) => (i >= 0 ? (r[i] ?? '').trim() : '');
  const tally = new ProblemTally();
  const seen = new Set<string>();
  const records: BookmarkRecordIn[] = [];
  const preview: BookmarkRowPreview[] = [];
  let skipped = 0;
  table.rows.forEach((r, index) => {
    const row = index + 1;
    const idCell = cell(r, col.postId);
    const fromUrl = postRefOfUrl(cell(r, col.postUrl)) ?? (idCell ? postRefOfUrl(idCell) : null);
    let postId = isPostId(idCell) ? idCell : (fromUrl?.postId ?? null);
    let problem: string | null = null;
    if (!postId) problem = isMangledId(idCell) ? MANGLED : NO_POST;
    else if (seen.has(postId)) problem = REPEATED;
    const authorCell = cell(r, col.author);
    const author = (authorCell ? handleOf(authorCell) : null) ?? fromUrl?.author ?? null;
    const text = cell(r, col.text) || null;
    const dateCell = cell(r, col.date);
    const date = dateCell ? parseBookmarkDate(dateCell) : null;
    if (problem) {
      tally.add(problem, row);
      skipped++;
      postId = problem === REPEATED ? postId : null;
    } else {
      if (dateCell && !date) {
        problem = BAD_DATE;
        tally.add(problem, row);
      }
      seen.add(postId!);
      records.push({ postId: postId!, author, text, date, url: postUrl(author, postId!) });
    }
    if (index < previewRows) preview.push({ row, postId, author, text, date, problem });
  });
  return { records, preview, skipped, problems: tally.list() };
}
