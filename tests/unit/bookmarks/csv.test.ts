import { describe, expect, it } from 'vitest';
import { parseBookmarkCsv } from '../../../electron/engine/bookmarks/parse-csv';
import { guessMapping } from '../../../electron/engine/bookmarks/columns';

describe('bookmark CSV', () => {
  it('reads a plain export with a header and guesses every column', () => {
    const t = parseBookmarkCsv(
      'Tweet URL,Author,Text,Created At\n' +
        'https://x.com/alice/status/1790000000000000001,@alice,Hello there world,2024-05-01T10:00:00Z\n' +
        'https://x.com/bob/status/1790000000000000002,@bob,Second post here,2024-05-02T10:00:00Z\n',
    );
    expect(t.hasHeader).toBe(true);
    expect(t.delimiter).toBe(',');
    expect(t.columns).toEqual(['Tweet URL', 'Author', 'Text', 'Created At']);
    expect(t.rows).toHaveLength(2);
    expect(guessMapping(t.columns, t.rows)).toEqual({
      postUrl: 'Tweet URL',
      author: 'Author',
      text: 'Text',
      date: 'Created At',
    });
  });

  it.each([
    [';', 'id;text;date\n1790000000000000001;Hallo Welt, wie geht es;2024-05-01\n'],
    ['\t', 'id\ttext\tdate\n1790000000000000001\tHallo Welt, wie geht es\t2024-05-01\n'],
    ['|', 'id|text|date\n1790000000000000001|Hallo Welt, wie geht es|2024-05-01\n'],
  ])('finds the %j delimiter', (delimiter, text) => {
    const t = parseBookmarkCsv(text);
    expect(t.delimiter).toBe(delimiter);
    expect(t.rows).toEqual([['1790000000000000001', 'Hallo Welt, wie geht es', '2024-05-01']]);
    expect(guessMapping(t.columns, t.rows)).toEqual({ postId: 'id', text: 'text', date: 'date' });
  });

  it('keeps quoted newlines, commas and quotes inside one cell', () => {
    const t = parseBookmarkCsv(
      'url,text\r\nhttps://x.com/a/status/11,"line one\r\nline two, with ""quotes"""\r\nhttps://x.com/a/status/12,plain\r\n',
    );
    expect(t.rows).toEqual([
      ['https://x.com/a/status/11', 'line one\r\nline two, with "quotes"'],
      ['https://x.com/a/status/12', 'plain'],
    ]);
  });

  it('tells a headerless file from one with a header, and names its columns', () => {
    const t = parseBookmarkCsv(
      'https://x.com/a/status/11,first text here\nhttps://x.com/b/status/12,second text here\n',
    );
    expect(t.hasHeader).toBe(false);
    expect(t.columns).toEqual(['Column 1', 'Column 2']);
    expect(t.rows).toHaveLength(2);
    expect(guessMapping(t.columns, t.rows)).toEqual({ postUrl: 'Column 1', text: 'Column 2' });
  });

  it('detects an unknown header by the data under it', () => {
    const t = parseBookmarkCsv('Saved thing,Notes\nhttps://x.com/a/status/11,nice\n');
    expect(t.hasHeader).toBe(true);
    expect(guessMapping(t.columns, t.rows)).toEqual({ postUrl: 'Saved thing' });
  });

  it('reports ragged rows and unclosed quotes', () => {
    const ragged = parseBookmarkCsv(
      'url,text\nhttps://x.com/a/status/11,a,extra\nhttps://x.com/a/status/12,b\n',
    );
    expect(ragged.problems).toEqual([
      expect.objectContaining({ severity: 'warning', rows: 1, examples: [1] }),
    ]);
    expect(ragged.columns).toEqual(['url', 'text', 'Column 3']);
    const unclosed = parseBookmarkCsv(
      'url,text\nhttps://x.com/a/status/11,"never closed\nhttps://x.com/a/status/12,b\n',
    );
    expect(unclosed.problems.some((p) => p.severity === 'error' && /never closed/.test(p.message))).toBe(
      true,
    );
  });

  it('makes duplicate and empty header names unique', () => {
    const t = parseBookmarkCsv('text,text,,url\na b,c d,x,https://x.com/a/status/1\n');
    expect(t.columns).toEqual(['text', 'text (2)', 'Column 3', 'url']);
  });
});
