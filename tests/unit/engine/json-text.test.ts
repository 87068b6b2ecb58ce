import { describe, expect, it } from 'vitest';
import { JsonElementParser, parseJsonText, wellFormed } from '../../../electron/engine/parse/json-text';
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

  it('finds them in elements read one after another from one buffer, and in a buffer refilled', () => {
    const elements = [
      String.raw`{"t":"plain"}`,
      String.raw`{"t":"\u00e9t\u00e9"}`,
      String.raw`{"t":"after an escape"}`,
      String.raw`{"t":"x\ud800"}`,
      String.raw`{"t":"last"}`,
    ];
    const bytes = Buffer.from(elements.join(',\n  '));
    const json = new JsonElementParser();
    const read = (buf: Buffer): unknown[] => {
      const out: unknown[] = [];
      let start = 0;
      for (const e of elements) {
        const end = start + Buffer.byteLength(e);
        out.push(json.parse(buf, start, end));
        start = end + 4;
      }
      return out;
    };
    const expected = [
      { t: 'plain' },
      { t: 'été' },
      { t: 'after an escape' },
      { t: 'x\uFFFD' },
      { t: 'last' },
    ];
    expect(read(bytes)).toEqual(expected);
    // Read again from the start, as after a split the splitter had to re-read.
    expect(read(bytes)).toEqual(expected);
    // The same buffer refilled with other bytes: the search starts again.
    json.forget();
    Buffer.from(String.raw`{"t":"\udfff"}`).copy(bytes);
    expect(json.parse(bytes, 0, 14)).toEqual({ t: '\uFFFD' });
  });
});
