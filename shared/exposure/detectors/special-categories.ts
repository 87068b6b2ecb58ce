/**
 * Special categories of personal data (GDPR art. 9): health, religion, politics, sexuality, ethnicity,
 * trade-union membership. One regex pass finds every category's terms; exclusions run only on a hit.
 */
import type { FlagEvidence } from '../../model/items';
import { groupedWholeWordRegex, wholeWordRegex } from '../lexicon/compile';
import { allLexicons } from '../lexicon/registry';
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

const anyCase = groupedWholeWordRegex(SPECIAL_CATEGORIES.map((c) => termsOf(c, 'terms')));
const exactCase = groupedWholeWordRegex(
  SPECIAL_CATEGORIES.map((c) => termsOf(c, 'caseSensitive')),
  true,
);
const excludes = SPECIAL_CATEGORIES.map((c) => wholeWordRegex(termsOf(c, 'exclude')));

interface Hit {
  category: number;
  start: number;
  end: number;
  text: string;
}

function collect(regex: RegExp | null, text: string, hits: Hit[]): void {
  if (!regex) return;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        hits.push({ category: g - 1, start: m.index, end: m.index + m[0].length, text: m[0] });
        break;
      }
    }
  }
}

function excluded(category: number, hit: Hit, text: string): boolean {
  const regex = excludes[category];
  if (!regex) return false;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m.index <= hit.start && m.index + m[0].length >= hit.end) return true;
  }
  return false;
}

export const detectSpecialCategories: Detector = (input, found) => {
  const text = input.text;
  if (!text) return;
  const hits: Hit[] = [];
  collect(anyCase, text, hits);
  collect(exactCase, text, hits);
  if (hits.length === 0) return;
  const evidence: Array<string[] | undefined> = [];
  for (const hit of hits) {
    if (excluded(hit.category, hit, text)) continue;
    addEvidence((evidence[hit.category] ??= []), hit.text);
  }
  SPECIAL_CATEGORIES.forEach((category, i) => {
    const list = evidence[i];
    if (list)
      found.push({ flag: category, evidence: list, reason: REASONS[category] } satisfies FlagEvidence);
  });
};
