import { describe, expect, it } from 'vitest';
import { parseJsonText, wellFormed } from '../../../electron/engine/parse/json-text';
import { parseAssignment } from '../../../electron/engine/parse/prefix';

/** True when the string encodes to UTF-8 and back unchanged (no lone surrogate in it). */
const isWellFormed = (s: string) => Buffer.from(s, 'utf8').toString('utf8') === s;

describe('lone UTF-16 surrogates in archive JSON', () => {
  it.each([
    [String.raw`"a\ud800b"`, 'a\uFFFDb'],
    [String.raw`"\udc00"`, '\uFFFD'],
    [String.raw`"end \uD83D"`, 'end \uFFFD'],
    [String.raw`"\ud83d\ude00 ok"`, '\u{1F600} ok'],
    [String.raw`"\ude00\ud83d"`, '\uFFFD\uFFFD'],
    [String.raw`"plain"`, 'plain'],
  ])('%s -> %j', (json, expected) => {
    const value = parseJsonText(json) as string;
    expect(value).toBe(expected);
    expect(isWellFormed(value)).toBe(true);
  });

  it('replaces them at any depth, in a whole data file too', () => {
    const file = Buffer.from(
      String.raw`window.YTD.tweets.part0 = [{"tweet":{"full_text":"x\ud800","a":["\udfff"]}}]`,
    );
    const { value } = parseAssignment(file);
    expect(value).toEqual([{ tweet: { full_text: 'x\uFFFD', a: ['\uFFFD'] } }]);
  });

  it('leaves well-formed text alone', () => {
    expect(wellFormed('emoji \u{1F600} and text')).toBe('emoji \u{1F600} and text');
  });
});
