/**
 * Which sensitive categories an interest X inferred reveals ("Mental health" -> health, "Parenting" ->
 * family). The same categories, and the same detectors, as posts; interest names are short topic
 * labels from X's taxonomy, so a few topic words the post lexicons (written for sentences) lack are
 * added here.
 */
import type { Flag } from '../model/kinds';
import { FLAGS } from '../model/kinds';
import { detectFlags } from './classify';
import { SPECIAL_CATEGORIES } from './lexicon/types';

/** The categories an interest can reveal: special categories of personal data, family and money. */
export const INTEREST_FLAGS: readonly Flag[] = [...SPECIAL_CATEGORIES, 'family', 'finance'];

/** Topic words of interest labels, per category (whole-word prefixes, case-insensitive). */
const TOPIC_WORDS: ReadonlyArray<readonly [Flag, RegExp]> = [
  [
    'health',
    /\b(health|medical|medicine|disease|disorder|wellness|weight loss|dieting|anxiety|pregnan|fertility|disabilit|addiction|sobriety|therapy|psychology)/i,
  ],
  [
    'religion',
    /\b(religio|spiritual|faith|church|bible|christian|catholic|islam|muslim|jewish|juda|hindu|buddh|sikh|atheis)/i,
  ],
  [
    'politics',
    /\b(politic|election|government|democrat|republican|conservative|liberal|parliament|congress|senate|activism)/i,
  ],
  ['sexuality', /\b(lgbt|gay|lesbian|bisexual|transgender|queer|pride month)/i],
  ['ethnicity', /\b(black history|hispanic|latin[oax]|african american|asian american|indigenous|ethnic)/i],
  ['union', /\b(labou?r unions?|trade unions?)\b/i],
  [
    'family',
    /\b(parent|pregnan|mother|father|motherhood|fatherhood|bab(y|ies)|toddler|kids|children|adoption)/i,
  ],
  ['finance', /\b(personal finance|debt|loans?|mortgage|credit cards?|bankruptcy)\b/i],
];

const KEPT: ReadonlySet<Flag> = new Set(INTEREST_FLAGS);
const ORDER = new Map<Flag, number>(FLAGS.map((f, i) => [f, i]));

/** The sensitive categories an interest's name reveals, in the app's flag order (none: empty). */
export function interestFlags(name: string): Flag[] {
  const found = new Set<Flag>();
  const detected = detectFlags({
    kind: 'post',
    postTypes: ['original'],
    createdAt: null,
    deletedAt: null,
    text: name,
    media: [],
    geo: null,
    mentions: [],
    inReplyToStatusId: null,
    authoredBySelf: true,
  });
  for (const e of detected) if (KEPT.has(e.flag)) found.add(e.flag);
  for (const [flag, words] of TOPIC_WORDS) if (words.test(name)) found.add(flag);
  return [...found].sort((a, b) => (ORDER.get(a) ?? 0) - (ORDER.get(b) ?? 0));
}
