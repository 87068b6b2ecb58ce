/** The item's level (high / medium / low) from its channels and flags, by a rule a person can read. */
import { FLAGS, type Channel, type Flag, type Level } from '../model/kinds';

/** Flags that reveal who someone is, where they are, or art. 9 special-category data. */
export const SENSITIVE_FLAGS: ReadonlySet<Flag> = new Set<Flag>([
  'contact',
  'location',
  'finance',
  'health',
  'religion',
  'politics',
  'sexuality',
  'ethnicity',
  'union',
  'family',
]);

/** Flags that make an item richer personal data without being sensitive on their own. */
export const PERSONAL_FLAGS: ReadonlySet<Flag> = new Set<Flag>(['media', 'emotional', 'otherPeople']);

export const LEVEL_RULE_TEXT =
  'Every item X holds can reach third-party collaborators under the privacy-policy clause in force since ' +
  '15 November 2024, so the level turns on two questions. Is the item public data, that is, used for ' +
  "X/xAI's Grok training or readable by anyone on the open web? And does it carry a sensitive flag " +
  '(contact details, precise location, financial identifiers, health, religion, politics, sexuality, ' +
  'ethnicity, trade-union membership, or family members named)? An item is high when both are true. ' +
  'It is medium when it is public data with media, strong first-person emotion or other people in it, ' +
  'or when it is private but carries a sensitive flag. Everything else is low: public items with ' +
  'nothing personal found, and private items with nothing sensitive found.';

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
  emotional: 'strong emotion',
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

const listFlags = (flags: readonly Flag[]) => flags.map((f) => FLAG_LABELS[f]).join(', ');

const FLAG_BIT = new Map<Flag, number>(FLAGS.map((f, i) => [f, 1 << i]));
const memo = new Map<number, LevelResult>();

/** The level and its one-line reason; results are shared between items with the same channels and flags. */
export function levelFor(channels: readonly Channel[], flags: readonly Flag[]): LevelResult {
  let key = 0;
  for (const f of flags) key |= FLAG_BIT.get(f) ?? 0;
  key = key * 4 + (channels.includes('grokTraining') ? 2 : 0) + (channels.includes('openWeb') ? 1 : 0);
  let result = memo.get(key);
  if (!result) {
    result = Object.freeze(computeLevel(channels, flags));
    memo.set(key, result);
  }
  return result;
}

function computeLevel(channels: readonly Channel[], flags: readonly Flag[]): LevelResult {
  const isPublic = channels.includes('grokTraining') || channels.includes('openWeb');
  const sensitive = flags.filter((f) => SENSITIVE_FLAGS.has(f));
  const personal = flags.filter((f) => PERSONAL_FLAGS.has(f));
  const where = reach(channels);
  if (isPublic && sensitive.length > 0) {
    return { level: 'high', reason: `High: ${where}, with ${listFlags(sensitive)}.` };
  }
  if (isPublic && personal.length > 0) {
    return { level: 'medium', reason: `Medium: ${where}, with ${listFlags(personal)}.` };
  }
  if (!isPublic && sensitive.length > 0) {
    return { level: 'medium', reason: `Medium: ${where}, but with ${listFlags(sensitive)}.` };
  }
  return {
    level: 'low',
    reason: isPublic ? `Low: ${where}, nothing personal found.` : `Low: ${where}, nothing sensitive found.`,
  };
}
