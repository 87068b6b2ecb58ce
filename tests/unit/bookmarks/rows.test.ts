import { describe, expect, it } from 'vitest';
import { parseBookmarkCsv } from '../../../electron/engine/bookmarks/parse-csv';
import { BAD_DATE, MANGLED, NO_POST, REPEATED, mapRows } from '../../../electron/engine/bookmarks/rows';

describe('mapping rows to bookmarks', () => {
  const table = parseBookmarkCsv(
    [
      'id,url,who,text,when',
      '1790000000000000001,,@alice,first text,2024-05-01',
      ',https://twitter.com/bob/status/1790000000000000002,,second text,yesterday',
      '1.79E+18,,,mangled,2024-05-03',
      ',,,no post at all,',
      '1790000000000000001,,,a repeat,',
      ',https://x.com/i/web/status/1790000000000000003,Carol (@carol),,',
    ].join('\n'),
  );

  it('takes the id from its column, else from the link, and says why rows are left out', () => {
    const m = mapRows(table, { postId: 'id', postUrl: 'url', author: 'who', text: 'text', date: 'when' }, 10);
    expect(m.records).toEqual([
      {
        postId: '1790000000000000001',
        author: 'alice',
        text: 'first text',
        date: '2024-05-01T00:00:00.000Z',
        url: 'https://x.com/alice/status/1790000000000000001',
      },
      {
        postId: '1790000000000000002',
        author: 'bob',
        text: 'second text',
        date: null,
        url: 'https://x.com/bob/status/1790000000000000002',
      },
      {
        postId: '1790000000000000003',
        author: 'carol',
        text: null,
        date: null,
        url: 'https://x.com/carol/status/1790000000000000003',
      },
    ]);
    expect(m.skipped).toBe(3);
    const byMessage = Object.fromEntries(m.problems.map((p) => [p.message, p.examples]));
    expect(byMessage).toEqual({ [BAD_DATE]: [2], [MANGLED]: [3], [NO_POST]: [4], [REPEATED]: [5] });
    expect(m.preview.map((p) => p.problem)).toEqual([null, BAD_DATE, MANGLED, NO_POST, REPEATED, null]);
  });

  it('refuses a mapping to a column the file does not have', () => {
    expect(() => mapRows(table, { postId: 'tweet id' }, 10)).toThrow(/no column named "tweet id"/);
  });
});
