import { describe, expect, it } from 'vitest';
import { decodeBookmarkBytes } from '../../../electron/engine/bookmarks/read-text';
import { tableOfText } from '../../../electron/engine/bookmarks/read-table';
import { UserFacingError } from '../../../electron/engine/errors';

const bytes = (...parts: Array<number[] | string>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function refusal(fn: () => unknown): UserFacingError {
  try {
    fn();
  } catch (err) {
    if (err instanceof UserFacingError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('decoding a bookmark file', () => {
  it('drops a UTF-8 BOM', () => {
    const d = decodeBookmarkBytes(bytes([0xef, 0xbb, 0xbf], 'url\nhttps://x.com/a/status/1\n'), 'b.csv');
    expect(d).toEqual({ text: 'url\nhttps://x.com/a/status/1\n', encoding: 'utf-8' });
  });

  it('reads UTF-16 with its BOM, both byte orders', () => {
    const text = 'text,url\ncafé ☕,https://x.com/a/status/1\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeBookmarkBytes(le, 'b.csv')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBookmarkBytes(be, 'b.csv')).toEqual({ text, encoding: 'utf-16be' });
  });

  it('refuses Latin-1 text with a message that says how to fix it', () => {
    const err = refusal(() => decodeBookmarkBytes(bytes('text\n', [0x63, 0x61, 0x66, 0xe9], '\n'), 'b.csv'));
    expect(err.code).toBe('BAD_INPUT');
    expect(err.file).toBe('b.csv');
    expect(err.message).toMatch(/not UTF-8.*save it again as "CSV UTF-8"/);
  });

  it('refuses binary files', () => {
    const err = refusal(() => decodeBookmarkBytes(bytes('PK', [3, 4, 0, 0, 8, 0]), 'b.xlsx'));
    expect(err.message).toMatch(/not a text file/);
  });

  it('refuses web pages and empty text', () => {
    expect(refusal(() => tableOfText('<!DOCTYPE html><html></html>', 'b.html')).message).toMatch(/web page/);
    expect(refusal(() => tableOfText('  \n\n ', 'b.csv')).message).toMatch(/no text/);
  });
});
