/**
 * The item's level (high / medium / low), by one short table of signals and weights.
 *
 * | signal                                                                  | weight |
 * | ----------------------------------------------------------------------- | -----: |
 * | contact details, precise location, financial identifiers               |      3 |
 * | health, religion, politics, sexuality, ethnicity, trade union (words)   |      3 |
 * | family members named                                                    |      3 |
 * | a bare name of a politician or party (weak evidence of an opinion)      |      1 |
 * | media, strong first-person emotion                                      |      1 |
 * | mentions and replies (shown, not counted)                               |      0 |
 *
 * The score is the sum of the weights of the flags found (one each). Public data (used for Grok
 * training, or readable on the open web): 3 or more is high, 1 or 2 medium, 0 low. Private data
 * (only the third-party clause reaches it): 3 or more is medium, less is low.
 */
import { FLAGS, type Channel, type Flag, type Level } from '../model/kinds';
import { SPECIAL_CATEGORIES } from './lexicon/types';

/** The flags of the detectors that find who someone is or where: contact details, a place, money. */
const IDENTIFYING_FLAGS = ['contact', 'location', 'finance'] as const;

/**
 * Flags that reveal who someone is, where they are, or art. 9 special-category data: the identifying
 * detectors' flags, the special categories the word lists detect, and family members named.
 */
const SENSITIVE = [...IDENTIFYING_FLAGS, ...SPECIAL_CATEGORIES, 'family'] as const satisfies readonly Flag[];
type SensitiveFlag = (typeof SENSITIVE)[number];
export const SENSITIVE_FLAGS: ReadonlySet<Flag> = new Set<Flag>(SENSITIVE);

/** Every other flag: richer personal data without being sensitive on its own, with its weight. */
const PERSONAL_WEIGHTS: Readonly<Record<Exclude<Flag, SensitiveFlag>, number>> = {
  media: 1,
  emotional: 1,
  otherPeople: 0,
};

/** Flags that make an item richer personal data without being sensitive on their own. */
export const PERSONAL_FLAGS: ReadonlySet<Flag> = new Set(FLAGS.filter((f) => !SENSITIVE_FLAGS.has(f)));

/** The table above: a flag's weight, and a sensitive flag's weight when its evidence is weak. */
export const SIGNAL_WEIGHTS: Readonly<Record<Flag, number>> = {
  ...PERSONAL_WEIGHTS,
  ...(Object.fromEntries(SENSITIVE.map((f) => [f, 3])) as Record<SensitiveFlag, number>),
};
export const WEAK_WEIGHT = 1;
/** The score from which public data is high and private data medium. */
export const STRONG_SCORE = 3;

export const LEVEL_RULE_TEXT =
  'Every item X holds can reach third-party collaborators under the privacy-policy clause in force since ' +
  '15 November 2024, so the level turns on two questions. Is the item public data, that is, used for ' +
  "X/xAI's Grok training or readable by anyone on the open web? And how much does it say about you? " +
  'Each thing found counts: 3 for contact details, a precise location, a card or bank account, health, ' +
  'religion, political opinion, sexuality, ethnic origin, trade-union membership or family members named; ' +
  '1 for the bare name of a politician or party, a photo or video, or strong first-person emotion; ' +
  'nothing for mentions and replies. Public items are high from 3, medium from 1, and low otherwise. ' +
  'Private items are medium from 3 and low otherwise.';

export interface LevelResult {
  level: Level;
  reason: string;
}

const FLAG_LABELS: Record<Flag, string> = {
  contact: 'contact details',
  location: 'location',
  media: 'media',
  health: 'health',
  religion: 'religion',
  politics: 'politics',
  sexuality: 'sexuality',
  ethnicity: 'ethnicity',
  union: 'trade union',
  finance: 'financial identifiers',
  emotional: 'emotional distress',
  family: 'family members',
  otherPeople: 'other people',
};

function reach(channels: readonly Channel[]): string {
  const grok = channels.includes('grokTraining');
  const web = channels.includes('openWeb');
  if (grok && web) return 'used for Grok training and readable on the open web';
  if (grok) return 'used for Grok training';
  if (web) return 'readable on the open web';
  return 'private (only the third-party clause reaches it)';
}

const FLAG_BIT = new Map<Flag, number>(FLAGS.map((f, i) => [f, 1 << i]));
const memo = new Map<number, LevelResult>();

/**
 * The level and its one-line reason; `weak` lists the flags found only through weak evidence.
 * Results are shared between items with the same channels and flags.
 */
export function levelFor(
  channels: readonly Channel[],
  flags: readonly Flag[],
  weak: readonly Flag[] = [],
): LevelResult {
  let key = 0;
  for (const f of flags) key |= FLAG_BIT.get(f) ?? 0;
  for (const f of weak) key |= (FLAG_BIT.get(f) ?? 0) * 2 ** FLAGS.length;
  key = key * 4 + (channels.includes('grokTraining') ? 2 : 0) + (channels.includes('openWeb') ? 1 : 0);
  let result = memo.get(key);
  if (!result) {
    result = Object.freeze(computeLevel(channels, flags, weak));
    memo.set(key, result);
  }
  return result;
}

function computeLevel(
  channels: readonly Channel[],
  flags: readonly Flag[],
  weak: readonly Flag[],
): LevelResult {
  const isPublic = channels.includes('grokTraining') || channels.includes('openWeb');
  let score = 0;
  const counted: string[] = [];
  for (const f of flags) {
    const isWeak = weak.includes(f);
    const weight = isWeak ? WEAK_WEIGHT : SIGNAL_WEIGHTS[f];
    if (weight === 0) continue;
    score += weight;
    counted.push(isWeak ? `${FLAG_LABELS[f]} (a name only)` : FLAG_LABELS[f]);
  }
  const where = reach(channels);
  const what = counted.join(', ');
  if (isPublic && score >= STRONG_SCORE) return { level: 'high', reason: `High: ${where}, with ${what}.` };
  if (isPublic && score > 0) return { level: 'medium', reason: `Medium: ${where}, with ${what}.` };
  if (!isPublic && score >= STRONG_SCORE) {
    return { level: 'medium', reason: `Medium: ${where}, but with ${what}.` };
  }
  if (score > 0) return { level: 'low', reason: `Low: ${where}, with only ${what}.` };
  return {
    level: 'low',
    reason: isPublic ? `Low: ${where}, nothing personal found.` : `Low: ${where}, nothing sensitive found.`,
  };
}
