import { describe, expect, it } from 'vitest';
import { sampleLanguages } from '../../../electron/engine/postpass/text-languages';

/** A sample of `n` texts the detector named `tag`. */
const of = (tag: string | null, n: number): Array<string | null> => Array.from({ length: n }, () => tag);

describe('the languages a sample of untagged text adds', () => {
  it.each([
    ['a language in 3 texts and 1% of its kind', [[...of('tr', 4), ...of('en', 396)]], ['en', 'tr']],
    ['below 1% of its kind (2 of 400 is noise)', [[...of('de', 2), ...of('en', 398)]], ['en']],
    ['fewer than 3 texts, however large their share', [[...of('fr', 2), ...of('en', 8)]], ['en']],
    ['a share of any one kind counts', [of('en', 400), [...of('ko', 3), ...of('en', 7)]], ['en', 'ko']],
    ['the detector codes become list codes (ms is Indonesian)', [of('ms', 5)], ['id']],
    [
      'languages without lists and texts with no answer are left out',
      [[...of('th', 50), ...of(null, 50)]],
      [],
    ],
  ])('%s', (_, samples, expected) => {
    expect(sampleLanguages(samples)).toEqual(expected);
  });
});
