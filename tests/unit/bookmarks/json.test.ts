import { describe, expect, it } from 'vitest';
import { parseBookmarkJson } from '../../../electron/engine/bookmarks/parse-json';
import { guessMapping } from '../../../electron/engine/bookmarks/columns';
import { UserFacingError } from '../../../electron/engine/errors';

describe('bookmark JSON', () => {
  it('reads an array of flat objects, keeping 64-bit ids exact', () => {
    const t = parseBookmarkJson(
      '[{"id": 1790000000000000123, "full_text": "hello out there", "screen_name": "alice", "created_at": "Sat Nov 09 12:14:18 +0000 2024"}]',
      'b.json',
    );
    expect(t.columns).toEqual(['id', 'full_text', 'screen_name', 'created_at']);
    expect(t.rows).toEqual([
      ['1790000000000000123', 'hello out there', 'alice', 'Sat Nov 09 12:14:18 +0000 2024'],
    ]);
    expect(guessMapping(t.columns, t.rows)).toEqual({
      postId: 'id',
      text: 'full_text',
      author: 'screen_name',
      date: 'created_at',
    });
  });

  it('finds the list under a known key and flattens nested objects', () => {
    const t = parseBookmarkJson(
      JSON.stringify({
        meta: { exported: '2025-01-01' },
        bookmarks: [
          {
            tweet: { id_str: '1790000000000000001', text: 'some words here', tags: ['a', 'b'] },
            user: { id: 99, screen_name: 'bob', name: 'Bob B' },
            media: [{ url: 'x' }],
          },
        ],
      }),
      'b.json',
    );
    expect(t.columns).toEqual([
      'tweet.id_str',
      'tweet.text',
      'tweet.tags',
      'user.id',
      'user.screen_name',
      'user.name',
    ]);
    expect(t.rows[0]).toEqual(['1790000000000000001', 'some words here', 'a b', '99', 'bob', 'Bob B']);
    expect(guessMapping(t.columns, t.rows)).toMatchObject({
      postId: 'tweet.id_str',
      text: 'tweet.text',
      author: 'user.screen_name',
    });
  });

  it('reads an archive-style data file with single-key wrappers', () => {
    const t = parseBookmarkJson(
      'window.YTD.bookmark.part0 = [ {"bookmark": {"tweetId": "1790000000000000007", "addedAt": "2025-03-01T10:00:00.000Z"}} ]',
      'bookmark.js',
    );
    expect(t.columns).toEqual(['tweetId', 'addedAt']);
    expect(guessMapping(t.columns, t.rows)).toEqual({ postId: 'tweetId', date: 'addedAt' });
  });

  it('finds the largest list of objects anywhere near the top', () => {
    const t = parseBookmarkJson(
      '{"data": {"saved": [{"url": "https://x.com/a/status/5"}], "tags": ["x"]}}',
      'b.json',
    );
    expect(t.rows).toEqual([['https://x.com/a/status/5']]);
  });

  it('refuses invalid JSON and JSON without a list', () => {
    expect(() => parseBookmarkJson('[{"id": 1,', 'b.json')).toThrow(UserFacingError);
    expect(() => parseBookmarkJson('[{"id": 1,', 'b.json')).toThrow(/not valid JSON/);
    expect(() => parseBookmarkJson('{"count": 3}', 'b.json')).toThrow(/no list of bookmarks/);
  });

  it('leaves large numbers inside strings alone', () => {
    const t = parseBookmarkJson('[{"text": "call 12345678901234567 now", "id": "5"}]', 'b.json');
    expect(t.rows[0]).toEqual(['call 12345678901234567 now', '5']);
  });
});
