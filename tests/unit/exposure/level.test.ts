import { describe, expect, it } from 'vitest';
import { LEVEL_RULE_TEXT, levelFor } from '../../../shared/exposure/level';
import type { Channel, Flag, Level } from '../../../shared/model/kinds';

const PRIVATE: Channel[] = ['thirdParty'];
const GROK: Channel[] = ['thirdParty', 'grokTraining'];
const WEB: Channel[] = ['thirdParty', 'openWeb'];
const BOTH: Channel[] = ['thirdParty', 'grokTraining', 'openWeb'];

describe('levelFor', () => {
  it.each([
    ['public data with a sensitive flag', BOTH, ['health'], 'high'],
    ['Grok only, contact details', GROK, ['contact'], 'high'],
    ['open web only, family named', WEB, ['family'], 'high'],
    ['public, sensitive and personal', BOTH, ['media', 'politics'], 'high'],
    ['public with media', BOTH, ['media'], 'medium'],
    ['public with strong emotion', GROK, ['emotional'], 'medium'],
    // Issue 13: a reply or mention alone does not make an item medium.
    ['public with other people only', WEB, ['otherPeople'], 'low'],
    ['private with a sensitive flag', PRIVATE, ['finance'], 'medium'],
    ['private with personal flags only', PRIVATE, ['media', 'otherPeople'], 'low'],
    ['public with nothing found', BOTH, [], 'low'],
    ['private with nothing found', PRIVATE, [], 'low'],
  ] as Array<[string, Channel[], Flag[], Level]>)('%s -> %s', (_name, channels, flags, expected) => {
    const result = levelFor(channels, flags);
    expect(result.level).toBe(expected);
    expect(result.reason.toLowerCase().startsWith(expected)).toBe(true);
  });

  // Issue 13: a bare proper name (a politician, a party) is weak evidence, not enough for high.
  it.each([
    ['public, a politician named and nothing else', BOTH, ['politics'], ['politics'], 'medium'],
    ['public, a name and a photo', BOTH, ['media', 'politics'], ['politics'], 'medium'],
    ['public, a name and health words', GROK, ['health', 'politics'], ['politics'], 'high'],
    [
      'public, a name, a photo and strong emotion',
      WEB,
      ['media', 'politics', 'emotional'],
      ['politics'],
      'high',
    ],
    ['private, a name only', PRIVATE, ['politics'], ['politics'], 'low'],
    ['public, political words', BOTH, ['politics'], [], 'high'],
  ] as Array<[string, Channel[], Flag[], Flag[], Level]>)(
    '%s -> %s',
    (_name, channels, flags, weak, expected) => {
      const result = levelFor(channels, flags, weak);
      expect(result.level).toBe(expected);
      expect(result.reason.toLowerCase().startsWith(expected)).toBe(true);
    },
  );

  it('explains with the flags and channels that decided it', () => {
    expect(levelFor(GROK, ['health', 'contact']).reason).toBe(
      'High: used for Grok training, with health, contact details.',
    );
    expect(levelFor(PRIVATE, ['finance']).reason).toBe(
      'Medium: private (only the third-party clause reaches it), but with financial identifiers.',
    );
  });

  it('says when a flag counted only as a name', () => {
    expect(levelFor(BOTH, ['politics'], ['politics']).reason).toBe(
      'Medium: used for Grok training and readable on the open web, with politics (a name only).',
    );
  });

  it('has a one-paragraph rule text that names every level', () => {
    expect(LEVEL_RULE_TEXT).not.toContain('\n');
    for (const word of ['high', 'medium', 'low']) expect(LEVEL_RULE_TEXT).toContain(` ${word}`);
  });
});
