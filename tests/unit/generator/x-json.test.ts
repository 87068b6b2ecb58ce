import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RawNumber, serialize, type JsonStyle } from '../../fixtures/generator/x-json';

const REAL = fileURLToPath(new URL('../../../../shared/fixtures/real/', import.meta.url));

/** Re-serialises a real file's value and expects X's exact bytes back. */
function roundTrip(path: string, style: JsonStyle, astral = false): { expected: string; actual: string } {
  const text = readFileSync(join(REAL, path), 'utf8');
  const eq = text.indexOf('=');
  const lead = /^\s*/.exec(text.slice(eq + 1))![0];
  const value: unknown = JSON.parse(text.slice(eq + 1));
  return { expected: text, actual: text.slice(0, eq + 1) + lead + serialize(value, { style, astral }) };
}

describe('serialize (X exporter style)', () => {
  it.each([
    ['alrocar__x/data/tweets.js', 'x'],
    ['alrocar__x/data/note-tweet.js', 'x'],
    ['alrocar__x/data/tweet-headers.js', 'x'],
    ['alrocar__x/data/account-label.js', 'x'],
    ['alrocar__x/data/community-tweet.js', 'x'],
    ['MorangTheClang__Twitter2/data/tweet.js', 'x'],
    ['MorangTheClang__Twitter2/data/like.js', 'x'],
    ['alrocar__x/data/manifest.js', 'compact'],
    ['MorangTheClang__Twitter2/data/manifest.js', 'compact'],
    ['dogsheep__twitter-to-sqlite/tests/zip_contents/account.js', 'compact'],
    ['dogsheep__twitter-to-sqlite/tests/zip_contents/follower.js', 'compact'],
    ['MorangTheClang__TwitterArchiveBefore/data/js/tweet_index.js', 'classic'],
    ['MorangTheClang__TwitterArchiveBefore/data/js/user_details.js', 'classic'],
  ] as const)('reproduces %s byte for byte', (path, style) => {
    const { expected, actual } = roundTrip(path, style);
    expect(actual).toBe(expected);
  });

  it('escapes astral characters as surrogate pairs in the 2019 style', () => {
    const { expected, actual } = roundTrip(
      'gedankenstuecke__twitter-analyser/new_tweet_subset.js',
      'compact',
      true,
    );
    // The published subset was cut by hand at its end; everything before that is X's output.
    const cut = expected.lastIndexOf('}');
    expect(actual.slice(0, cut)).toBe(expected.slice(0, cut));
    expect(actual).toContain('"Nazeefa \\uD83C\\uDF40☄"');
  });

  it('writes raw numbers verbatim and skips undefined fields', () => {
    const text = serialize(
      { id: new RawNumber('1093791097401139200'), gone: undefined, s: 'a/b' },
      { style: 'classic' },
    );
    expect(text).toBe('{\n  "id" : 1093791097401139200,\n  "s" : "a\\/b"\n}');
  });
});
