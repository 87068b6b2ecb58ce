import { describe, expect, it } from 'vitest';
import { handleOf, isMangledId, postRefOfUrl } from '../../../electron/engine/bookmarks/post-ref';
import { parseBookmarkDate } from '../../../electron/engine/bookmarks/dates';

describe('post links', () => {
  it.each([
    ['https://x.com/jack/status/20', { postId: '20', author: 'jack' }],
    [
      'https://twitter.com/Some_One/status/1790000000000000123?s=20',
      { postId: '1790000000000000123', author: 'Some_One' },
    ],
    ['http://mobile.twitter.com/a/statuses/123/photo/1', { postId: '123', author: 'a' }],
    ['x.com/b/status/456', { postId: '456', author: 'b' }],
    ['https://www.x.com/i/web/status/789', { postId: '789', author: null }],
    ['https://x.com/i/status/790', { postId: '790', author: null }],
  ])('reads %s', (url, ref) => {
    expect(postRefOfUrl(url)).toEqual(ref);
  });

  it.each([
    'https://evil.example/x.com/a/status/1',
    'https://x.com.evil.example/a/status/1',
    'https://x.com/a',
    'javascript:alert(1)//x.com/a/status/1',
    'ftp://x.com/a/status/1',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(postRefOfUrl(url)).toBeNull();
  });

  it('reads handles and spots ids a spreadsheet shortened', () => {
    expect(handleOf('@someone')).toBe('someone');
    expect(handleOf('Some One (@some_one)')).toBe('some_one');
    expect(handleOf('two words')).toBeNull();
    expect(isMangledId('1.79E+18')).toBe(true);
    expect(isMangledId('1790000000000000123')).toBe(false);
  });
});

describe('bookmark dates', () => {
  it.each([
    ['Sat Nov 09 12:14:18 +0000 2024', '2024-11-09T12:14:18.000Z'],
    ['2024-05-31T14:02:00Z', '2024-05-31T14:02:00.000Z'],
    ['2024-05-31T16:02:00+02:00', '2024-05-31T14:02:00.000Z'],
    ['2024-05-31 14:02:00', '2024-05-31T14:02:00.000Z'],
    ['2024-05-31T14:02', '2024-05-31T14:02:00.000Z'],
    ['2024-05-31', '2024-05-31T00:00:00.000Z'],
    ['1717164120', '2024-05-31T14:02:00.000Z'],
    ['1717164120000', '2024-05-31T14:02:00.000Z'],
  ])('reads %s', (raw, iso) => {
    expect(parseBookmarkDate(raw)).toBe(iso);
  });

  it.each(['01/02/2024', 'yesterday', '2024-02-30', '99999999999999', '12'])('does not guess %s', (raw) => {
    expect(parseBookmarkDate(raw)).toBeNull();
  });
});
