/**
 * One regex pass per text for every lexicon-driven detector (special categories, emotion, family):
 * each list is a capturing group of one combined regex, so the text is walked once instead of once per
 * detector. The hits of the last text scanned are kept, so each detector asks for them at no cost.
 */
import { alternationSource, WORD_END, wordStart } from './compile';
import { allLexicons } from './registry';
import { SPECIAL_CATEGORIES } from './types';

export const SCAN_GROUPS = [...SPECIAL_CATEGORIES, 'emotional', 'family'] as const;
export type ScanGroup = (typeof SCAN_GROUPS)[number];

export interface LexiconHit {
  group: ScanGroup;
  start: number;
  end: number;
  text: string;
}

const lexicons = allLexicons();

/** "my son", "our 5 year old daughter", "my little brother". */
const FAMILY_QUALIFIER =
  '(?:(?:little|eldest|youngest|oldest|older|younger|big|baby|\\d{1,2}[\\s-]?(?:year|yr|month)s?[\\s-]?old)\\s+)?';

function familySource(): string {
  const possessives = alternationSource(lexicons.flatMap((l) => l.family.possessives));
  const relatives = alternationSource(lexicons.flatMap((l) => l.family.relatives));
  return `${possessives}\\s+${FAMILY_QUALIFIER}${relatives}`;
}

const specialTerms = (group: (typeof SPECIAL_CATEGORIES)[number]) =>
  lexicons.flatMap((l) => [...l.special[group].terms, ...(l.special[group].caseSensitive ?? [])]);

const GROUP_TERMS: ReadonlyArray<readonly string[]> = [
  ...SPECIAL_CATEGORIES.map(specialTerms),
  lexicons.flatMap((l) => l.emotional.terms),
  lexicons.flatMap((l) => l.family.possessives),
];
const SOURCES = [
  ...SPECIAL_CATEGORIES.map((c) => alternationSource(specialTerms(c))),
  alternationSource(lexicons.flatMap((l) => l.emotional.terms)),
  familySource(),
];
const SCAN = new RegExp(
  `${wordStart(GROUP_TERMS.flat())}(?:${SOURCES.map((s) => `(${s === '' ? '(?!)' : s})`).join('|')})${WORD_END}`,
  'gi',
);

const NONE: readonly LexiconHit[] = Object.freeze([]);
let lastText: string | null = null;
let lastHits: readonly LexiconHit[] = NONE;

export function scanLexicons(text: string): readonly LexiconHit[] {
  if (text === lastText) return lastHits;
  let hits: LexiconHit[] | null = null;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m !== null; m = SCAN.exec(text)) {
    let g = 0;
    while (m[g + 1] === undefined && g < SCAN_GROUPS.length - 1) g++;
    (hits ??= []).push({
      group: SCAN_GROUPS[g] ?? 'family',
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  lastText = text;
  lastHits = hits ?? NONE;
  return lastHits;
}
