import { describe, expect, it } from 'vitest';
import { coverageLines } from '../../../shared/exposure/coverage-text';
import type { LanguageCoverage } from '../../../shared/model/summary';

/** Languages without word lists, as the engine gives them: code and how many posts. */
const unchecked = (languages: Array<[string, number]>): LanguageCoverage[] =>
  languages.map(([language, items]) => ({ language, items, checked: false, lists: ['en'] }));

const TAIL =
  ' were not checked for sensitive content: the app has no word lists for these languages yet (only English words in them were looked for).';

describe('coverageLines', () => {
  it('says which posts were checked, which were not and with which lists the rest were', () => {
    expect(
      coverageLines([
        { language: 'fr', items: 1412, checked: true, lists: ['fr', 'en'] },
        { language: 'th', items: 212, checked: false, lists: ['en'] },
        { language: 'en', items: 1, checked: true, lists: ['en'] },
        { language: null, items: 5210, checked: true, lists: ['en', 'fr'] },
      ]),
    ).toEqual([
      '1,412 posts in French and 1 in English were checked for sensitive content with the word ' +
        'lists of their language (and English, often mixed in).',
      '212 posts in Thai were not checked for sensitive content: the app has no word lists for Thai yet ' +
        '(only English words in them were looked for).',
      '5,210 likes, messages, Grok chats, bookmarks and posts whose language X does not record were ' +
        'checked with the English and French word lists.',
    ]);
  });

  it("groups the checked languages past five as the not-checked ones are (a real archive's mix)", () => {
    const checked: Array<[string, number]> = [
      ['es', 749],
      ['en', 227],
      ['pt', 7],
      ['fr', 2],
      ['id', 2],
      ['it', 2],
      ['de', 1],
      ['tr', 1],
    ];
    expect(
      coverageLines(
        checked.map(([language, items]) => ({ language, items, checked: true, lists: [language] })),
      ),
    ).toEqual([
      '749 posts in Spanish, 227 in English, 7 in Portuguese, 2 in French and 6 posts in 4 other languages ' +
        'were checked for sensitive content with the word lists of their language (and English, often ' +
        'mixed in).',
    ]);
  });

  it('says one checked post in the singular', () => {
    expect(coverageLines([{ language: 'de', items: 1, checked: true, lists: ['de', 'en'] }])).toEqual([
      '1 post in German was checked for sensitive content with the word lists of their language (and ' +
        'English, often mixed in).',
    ]);
  });

  it('says nothing when nothing was counted', () => {
    expect(coverageLines([])).toEqual([]);
  });

  it.each<{ case: string; languages: Array<[string, number]>; line: string }>([
    {
      case: 'one language, one post',
      languages: [['ht', 1]],
      line:
        '1 post in Haitian Creole was not checked for sensitive content: the app has no word lists for ' +
        'Haitian Creole yet (only English words in it were looked for).',
    },
    {
      case: 'one language, thousands of posts',
      languages: [['th', 12345]],
      line:
        '12,345 posts in Thai were not checked for sensitive content: the app has no word lists for Thai ' +
        'yet (only English words in them were looked for).',
    },
    {
      case: 'two languages of one post each',
      languages: [
        ['hi', 1],
        ['ht', 1],
      ],
      line: '1 post in Haitian Creole and 1 in Hindi' + TAIL,
    },
    {
      case: 'several languages, most posts first whatever order they come in',
      languages: [
        ['ht', 1],
        ['th', 212],
        ['hi', 14],
      ],
      line: '212 posts in Thai, 14 in Hindi and 1 in Haitian Creole' + TAIL,
    },
    {
      case: 'five languages are all named',
      languages: [
        ['th', 1200],
        ['hi', 14],
        ['ta', 9],
        ['sw', 2],
        ['ht', 1],
      ],
      line: '1,200 posts in Thai, 14 in Hindi, 9 in Tamil, 2 in Swahili and 1 in Haitian Creole' + TAIL,
    },
    {
      case: 'six languages: the four largest named, two counted together',
      languages: [
        ['th', 212],
        ['hi', 14],
        ['ta', 9],
        ['sw', 2],
        ['ht', 1],
        ['cy', 1],
      ],
      line:
        '212 posts in Thai, 14 in Hindi, 9 in Tamil, 2 in Swahili and 2 posts in 2 other languages' + TAIL,
    },
    {
      case: 'many languages: the four largest named, the rest counted together',
      languages: [
        ['th', 212],
        ['hi', 14],
        ['ta', 5],
        ['sw', 3],
        ['ht', 1],
        ['cy', 2],
        ['is', 1],
        ['am', 2],
        ['te', 2],
        ['ml', 1],
      ],
      line:
        '212 posts in Thai, 14 in Hindi, 5 in Tamil, 3 in Swahili and 9 posts in 6 other languages' + TAIL,
    },
    {
      case: 'a language our table cannot name is counted, not shown',
      languages: [
        ['th', 212],
        ['xx-archive-text', 3],
      ],
      line: '212 posts in Thai and 3 posts in one other language' + TAIL,
    },
    {
      case: 'only a language our table cannot name',
      languages: [['zz', 1]],
      line:
        '1 post in a language the app does not know was not checked for sensitive content: the app has ' +
        'no word lists for this language yet (only English words in it were looked for).',
    },
    {
      case: 'only languages our table cannot name',
      languages: [
        ['zz', 1500],
        ['qq', 1],
      ],
      line: '1,501 posts in 2 languages the app does not know' + TAIL,
    },
  ])('says the languages without word lists in one sentence: $case', ({ languages, line }) => {
    expect(coverageLines(unchecked(languages))).toEqual([line]);
  });

  it('puts the not-checked sentence between the checked and the untagged ones', () => {
    const lines = coverageLines([
      { language: 'fr', items: 40, checked: true, lists: ['fr', 'en'] },
      ...unchecked([
        ['th', 3],
        ['hi', 2],
      ]),
      { language: null, items: 7, checked: true, lists: ['en'] },
    ]);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^40 posts in French were checked/);
    expect(lines[1]).toBe('3 posts in Thai and 2 in Hindi' + TAIL);
    expect(lines[2]).toMatch(/^7 likes, messages/);
  });
});
