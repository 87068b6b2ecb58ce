/** Bookmark export files written by the tests, in the shapes exporters and people produce. */
import { writeFileSync } from 'node:fs';
import Papa from 'papaparse';

export interface TestBookmark {
  id: string;
  author: string;
  text: string;
  date: string;
}

/** Post ids far from the generator's, so they never collide with the archive's own posts. */
export function bookmarkId(n: number): string {
  return String(1900000000000000000n + BigInt(n));
}

export function makeBookmarks(
  from: number,
  count: number,
  text = (n: number) => `saved post number ${n} about gardening`,
): TestBookmark[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i;
    return {
      id: bookmarkId(n),
      author: `author_${n % 97}`,
      text: text(n),
      date: new Date(Date.UTC(2025, 0, 1) + n * 3_600_000).toISOString(),
    };
  });
}

export function writeCsv(
  path: string,
  rows: TestBookmark[],
  opts: { delimiter?: string; bom?: boolean } = {},
): void {
  const csv = Papa.unparse(
    {
      fields: ['Tweet URL', 'Author', 'Tweet Text', 'Bookmarked At'],
      data: rows.map((b) => [`https://x.com/${b.author}/status/${b.id}`, `@${b.author}`, b.text, b.date]),
    },
    { delimiter: opts.delimiter ?? ',', newline: '\r\n' },
  );
  writeFileSync(path, (opts.bom ? '\uFEFF' : '') + csv + '\r\n');
}

export function writeJson(path: string, rows: TestBookmark[]): void {
  writeFileSync(
    path,
    JSON.stringify({
      exportedBy: 'a browser extension',
      bookmarks: rows.map((b) => ({
        tweet: { id_str: b.id, full_text: b.text },
        user: { screen_name: b.author },
        created_at: b.date,
      })),
    }),
  );
}
