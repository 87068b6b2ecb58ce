/** Hand-made bookmark previews and results for component tests (the fake bridge's defaults). */
import type { BookmarkImportResult, BookmarkMapping, BookmarkPreview } from '../../../shared/model/bookmarks';
import type { ArchiveSummary } from '../../../shared/model/summary';

const COLUMNS = ['Tweet URL', 'Who', 'Tweet Text', 'Saved'];
const GUESS: BookmarkMapping = { postUrl: 'Tweet URL', text: 'Tweet Text', date: 'Saved' };

/** Three rows; the third has no link. The author is found only when `Who` is mapped. */
export function makeBookmarkPreview(path: string, mapping?: BookmarkMapping): BookmarkPreview {
  const used = mapping ?? GUESS;
  const hasPost = used.postUrl !== undefined || used.postId !== undefined;
  const rows = [
    ['https://x.com/alice/status/111', '@alice', 'First <b>saved</b> post', '2025-01-02'],
    ['https://x.com/bob/status/222', '@bob', 'Second saved post', '2025-01-03'],
    ['', '@carol', 'No link here', ''],
  ];
  return {
    fileName: path.split('/').pop() ?? path,
    format: 'csv',
    encoding: 'utf-8',
    delimiter: ',',
    hasHeader: true,
    columns: COLUMNS,
    mapping: used,
    guessed: GUESS,
    rows,
    parsed: hasPost
      ? [
          {
            row: 1,
            postId: '111',
            author: 'alice',
            text: used.text ? 'First <b>saved</b> post' : null,
            date: '2025-01-02T00:00:00.000Z',
            problem: null,
          },
          {
            row: 2,
            postId: '222',
            author: 'bob',
            text: used.text ? 'Second saved post' : null,
            date: '2025-01-03T00:00:00.000Z',
            problem: null,
          },
          {
            row: 3,
            postId: null,
            author: used.author ? 'carol' : null,
            text: used.text ? 'No link here' : null,
            date: null,
            problem: 'no post id or link to a post on x.com, so the row is skipped',
          },
        ]
      : [],
    totalRows: 3,
    importable: hasPost ? 2 : 0,
    problems: hasPost
      ? [
          {
            severity: 'warning',
            message: 'no post id or link to a post on x.com, so the row is skipped',
            rows: 1,
            examples: [3],
          },
        ]
      : [
          {
            severity: 'error',
            message: 'no column holds post ids or links to posts; choose one in the column mapping',
            rows: 0,
            examples: [],
          },
        ],
  };
}

export function makeBookmarkImportResult(
  summary: ArchiveSummary,
  mapping: BookmarkMapping,
): BookmarkImportResult {
  const imported = mapping.postUrl || mapping.postId ? 2 : 0;
  return {
    imported,
    merged: 0,
    replaced: 0,
    skipped: 1,
    problems: [],
    summary: { ...summary, counts: { ...summary.counts, bookmarks: imported } },
  };
}
