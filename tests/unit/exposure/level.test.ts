import { describe, expect, it } from 'vitest';
import {
  LEVEL_RULE_TEXT,
  PERSONAL_FLAGS,
  SENSITIVE_FLAGS,
  SIGNAL_WEIGHTS,
  levelFor,
} from '../../../shared/exposure/level';
import { SPECIAL_CATEGORIES } from '../../../shared/exposure/lexicon/types';
import { FLAGS, type Channel, type Flag, type Level } from '../../../shared/model/kinds';

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
    ['public with emotional distress', GROK, ['emotional'], 'medium'],
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
      'public, a name, a photo and emotional distress',
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

describe('the signal table', () => {
  // The level's table, one row per flag: sensitive or not, and its weight.
  const TABLE: Array<[Flag, boolean, number]> = [
    ['contact', true, 3],
    ['location', true, 3],
    ['finance', true, 3],
    ['health', true, 3],
    ['religion', true, 3],
    ['politics', true, 3],
    ['sexuality', true, 3],
    ['ethnicity', true, 3],
    ['union', true, 3],
    ['family', true, 3],
    ['media', false, 1],
    ['emotional', false, 1],
    ['otherPeople', false, 0],
  ];

  it.each(TABLE)('%s: sensitive %s, weight %d', (flag, sensitive, weight) => {
    expect(SENSITIVE_FLAGS.has(flag)).toBe(sensitive);
    expect(PERSONAL_FLAGS.has(flag)).toBe(!sensitive);
    expect(SIGNAL_WEIGHTS[flag]).toBe(weight);
  });

  it('covers every flag, and every special category the word lists detect is sensitive', () => {
    expect(TABLE.map(([f]) => f).sort()).toEqual([...FLAGS].sort());
    expect(Object.keys(SIGNAL_WEIGHTS).sort()).toEqual([...FLAGS].sort());
    for (const c of SPECIAL_CATEGORIES) expect(SENSITIVE_FLAGS.has(c)).toBe(true);
  });
});
