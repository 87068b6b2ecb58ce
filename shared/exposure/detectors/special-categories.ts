/**
 * Special categories of personal data (GDPR art. 9): health, religion, politics, sexuality, ethnicity,
 * trade-union membership. Terms come from the shared lexicon scan; case checks and exclusions run only
 * on a hit.
 */
import { wholeWordRegex } from '../lexicon/compile';
import { allLexicons } from '../lexicon/registry';
import { scanLexicons } from '../lexicon/scan';
import { SPECIAL_CATEGORIES, type SpecialCategory } from '../lexicon/types';
import { addEvidence, type Detector } from './detector';

const REASONS: Record<SpecialCategory, string> = {
  health: 'Mentions health conditions or care: a special category of personal data.',
  religion: 'Mentions religious belief or practice: a special category of personal data.',
  politics: 'Expresses or discusses political opinions: a special category of personal data.',
  sexuality: 'Mentions sexual orientation, sex life or gender identity: a special category of personal data.',
  ethnicity: 'Mentions racial or ethnic origin: a special category of personal data.',
  union: 'Mentions trade-union membership or activity: a special category of personal data.',
};

const lexicons = allLexicons();
const termsOf = (category: SpecialCategory, field: 'terms' | 'caseSensitive' | 'exclude') =>
  lexicons.flatMap((l) => l.special[category][field] ?? []);

/** Case-sensitive terms are found by the case-insensitive scan; a hit on them must then match exactly. */
const EXACT_CASE: ReadonlySet<string> = new Set(
  SPECIAL_CATEGORIES.flatMap((c) => termsOf(c, 'caseSensitive')),
);
const EXACT_CASE_LOWER: ReadonlySet<string> = new Set([...EXACT_CASE].map((t) => t.toLowerCase()));
const ANY_CASE_LOWER: ReadonlySet<string> = new Set(
  SPECIAL_CATEGORIES.flatMap((c) => termsOf(c, 'terms')).map((t) => t.toLowerCase()),
);
const EXCLUDES = new Map(SPECIAL_CATEGORIES.map((c) => [c, wholeWordRegex(termsOf(c, 'exclude'))]));
const SPECIAL: ReadonlySet<string> = new Set(SPECIAL_CATEGORIES);

function wrongCase(match: string): boolean {
  if (EXACT_CASE.size === 0 || EXACT_CASE.has(match)) return false;
  const lower = match.toLowerCase();
  return EXACT_CASE_LOWER.has(lower) && !ANY_CASE_LOWER.has(lower);
}

function excluded(category: SpecialCategory, start: number, end: number, text: string): boolean {
  const regex = EXCLUDES.get(category);
  if (!regex) return false;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m.index <= start && m.index + m[0].length >= end) return true;
  }
  return false;
}

export const detectSpecialCategories: Detector = (input, found) => {
  const text = input.text;
  if (!text) return;
  let evidence: Map<SpecialCategory, string[]> | null = null;
  for (const hit of scanLexicons(text)) {
    if (!SPECIAL.has(hit.group)) continue;
    const category = hit.group as SpecialCategory;
    if (wrongCase(hit.text) || excluded(category, hit.start, hit.end, text)) continue;
    evidence ??= new Map();
    let list = evidence.get(category);
    if (!list) evidence.set(category, (list = []));
    addEvidence(list, hit.text);
  }
  if (!evidence) return;
  for (const category of SPECIAL_CATEGORIES) {
    const list = evidence.get(category);
    if (list) found.push({ flag: category, evidence: list, reason: REASONS[category] });
  }
};
