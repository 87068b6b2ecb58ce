import { describe, expect, it } from 'vitest';
import { coverageLines } from '../../../shared/exposure/coverage-text';

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
      '1,412 posts in French and 1 post in English were checked for sensitive content with the word ' +
        'lists of their language (and English, often mixed in).',
      '212 posts in Thai were not checked for sensitive content: the app has no word lists for Thai yet ' +
        '(only English words in them were looked for).',
      '5,210 likes, messages, Grok chats, bookmarks and posts whose language X does not record were ' +
        'checked with the English and French word lists.',
    ]);
  });

  it('says nothing when nothing was counted', () => {
    expect(coverageLines([])).toEqual([]);
  });
});
