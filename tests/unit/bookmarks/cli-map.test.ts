import { describe, expect, it } from 'vitest';
import { applyMapOptions } from '../../../electron/cli/commands/bookmarks';
import { UsageError } from '../../../electron/cli/command';

describe('--map column=field', () => {
  const guessed = { postUrl: 'Tweet URL', text: 'Tweet Text' };

  it('overrides the guess, moving a column from its guessed field', () => {
    expect(applyMapOptions(guessed, ['Tweet Text=author'])).toEqual({
      postUrl: 'Tweet URL',
      author: 'Tweet Text',
    });
    expect(applyMapOptions(guessed, ['id=postId', 'When = date'])).toEqual({
      postUrl: 'Tweet URL',
      text: 'Tweet Text',
      postId: 'id',
      date: 'When',
    });
  });

  it('takes short field words, `ignore`, and column names with = in them', () => {
    expect(applyMapOptions(guessed, ['a=b=url'])).toEqual({ postUrl: 'a=b', text: 'Tweet Text' });
    expect(applyMapOptions(guessed, ['Tweet Text=ignore'])).toEqual({ postUrl: 'Tweet URL' });
  });

  it('refuses unknown fields and a missing column', () => {
    expect(() => applyMapOptions(guessed, ['x=nickname'])).toThrow(UsageError);
    expect(() => applyMapOptions(guessed, ['x=nickname'])).toThrow(/unknown field "nickname"/);
    expect(() => applyMapOptions(guessed, ['=text'])).toThrow(/takes column=field/);
    expect(() => applyMapOptions(guessed, ['text'])).toThrow(/takes column=field/);
  });
});
