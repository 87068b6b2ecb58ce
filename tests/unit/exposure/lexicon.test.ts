import { describe, expect, it } from 'vitest';
import { alternationSource, wholeWordRegex } from '../../../shared/exposure/lexicon/compile';
import { LANGUAGES, LEXICONS } from '../../../shared/exposure/lexicon/registry';
import { SPECIAL_CATEGORIES } from '../../../shared/exposure/lexicon/types';

const matches = (terms: string[], text: string, caseSensitive = false) =>
  [...text.matchAll(wholeWordRegex(terms, caseSensitive) ?? /(?!)/g)].map((m) => m[0]);

describe('lexicon compiler', () => {
  it.each([
    ['whole words only', ['cat'], 'cat concat cats Cat', ['cat', 'Cat']],
    ['shared prefixes', ['son', 'sons', 'sonar'], 'son sons sonar sonic', ['son', 'sons', 'sonar']],
    [
      'spaces and hyphens are interchangeable',
      ['left wing'],
      'left-wing, left  wing, leftwing',
      ['left-wing', 'left  wing'],
    ],
    [
      'a trailing * matches word endings',
      ['diagnos*'],
      'diagnosed diagnosis diagnose xdiagnosed',
      ['diagnosed', 'diagnosis', 'diagnose'],
    ],
    [
      'apostrophes match both forms',
      ["parkinson's"],
      "Parkinson's Parkinson’s Parkinsons",
      ["Parkinson's", 'Parkinson’s'],
    ],
    ['accented letters are part of words', ['fiancé'], 'fiancé fiancée fiancé!', ['fiancé', 'fiancé']],
    ['a letter before blocks the match', ['ill'], 'ill éill', ['ill']],
    ['regex characters are literal', ['lgbtq+', 'a.b'], 'LGBTQ+ rights, axb a.b', ['LGBTQ+', 'a.b']],
  ] as Array<[string, string[], string, string[]]>)('%s', (_name, terms, text, expected) => {
    expect(matches(terms, text)).toEqual(expected);
  });

  it('honours case-sensitive lists', () => {
    expect(matches(['AIDS'], 'AIDS aids Aids', true)).toEqual(['AIDS']);
  });

  it('returns null / empty for no terms', () => {
    expect(wholeWordRegex([])).toBeNull();
    expect(alternationSource(['  '])).toBe('');
  });

  it('builds a trie, not a flat list', () => {
    expect(alternationSource(['cancer', 'cannabis'])).toBe('can(?:cer|nabis)');
  });
});

describe('lexicon files', () => {
  it.each(LANGUAGES)('%s has every category with lowercase-safe, non-empty, unique terms', (lang) => {
    const lexicons = LEXICONS[lang];
    expect(lexicons).toBeDefined();
    if (!lexicons) return;
    const lists = [
      ...SPECIAL_CATEGORIES.map((c) => lexicons.special[c].terms),
      lexicons.emotional.terms,
      ...(lexicons.emotional.cues ? [lexicons.emotional.cues] : []),
      [...lexicons.family.relatives, ...(lexicons.family.owned ?? [])],
      ...(lexicons.location ? [lexicons.location.streetTypes] : []),
    ];
    for (const list of lists) {
      expect(list.length).toBeGreaterThan(3);
      expect(new Set(list.map((t) => t.toLowerCase())).size).toBe(list.length);
    }
  });

  it('never lists a bare ambiguous word the tests forbid', () => {
    const en = LEXICONS.en!;
    expect(en.special.politics.terms).not.toContain('party');
    expect(en.special.union.terms).not.toContain('union');
    expect(en.special.union.terms).not.toContain('strike');
    expect(en.special.ethnicity.terms).not.toContain('black');
  });
});
