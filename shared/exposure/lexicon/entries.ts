/**
 * A language's lexicon terms as match entries: what a scanned word or phrase must be to count, for
 * which category, in which language, and whether it is strong or weak (a bare proper name) evidence.
 */
import { fold } from './fold';
import type { LanguageLexicons, TermLexicon } from './types';
import { SPECIAL_CATEGORIES, type SpecialCategory } from './types';

export type ScanGroup = SpecialCategory | 'emotional' | 'family';
export const SCAN_GROUPS: readonly ScanGroup[] = [...SPECIAL_CATEGORIES, 'emotional', 'family'];

export interface TermEntry {
  lang: string;
  group: ScanGroup;
  /** The term as listed. */
  term: string;
  /** Weak evidence on its own: a proper name, or a distress cue that needs a negative reading. */
  weak: boolean;
  /** When set, the matched text must be exactly this (case included). */
  exactCase: string | null;
  /** Counts only about a person (a `personal` word of the list). */
  personal?: true;
  /** A protest or rally: counts only without a union word in the post (a `gatherings` word). */
  gathering?: true;
}

/** A term found in a text: its entry's category, language and strength, and where it stands. */
export interface RawHit {
  group: ScanGroup;
  lang: string;
  weak: boolean;
  /** A word that counts only about a person (see TermLexicon.personal). */
  personal?: true;
  /** A protest or rally word (see TermLexicon.gatherings). */
  gathering?: true;
  start: number;
  end: number;
  text: string;
}

/** The hit of an entry's term found at `start`-`end` of a text, as `text`. */
export function hitOf(e: TermEntry, start: number, end: number, text: string): RawHit {
  return {
    group: e.group,
    lang: e.lang,
    weak: e.weak,
    ...(e.personal ? { personal: e.personal } : {}),
    ...(e.gathering ? { gathering: e.gathering } : {}),
    start,
    end,
    text,
  };
}

export interface TermSpec extends TermEntry {
  /** Folded text to match, without a trailing `*`. */
  key: string;
  /** Trailing `*` in the list: any word ending. */
  wild: boolean;
  /** A single plain word of a list that allows it: may match by stem. */
  stemmable: boolean;
}

/** What a match keeps of a term's spec (the matchers file it under their own keys). */
export function entryOf(spec: TermSpec): TermEntry {
  return {
    lang: spec.lang,
    group: spec.group,
    term: spec.term,
    weak: spec.weak,
    exactCase: spec.exactCase,
    ...(spec.personal ? { personal: spec.personal } : {}),
    ...(spec.gathering ? { gathering: spec.gathering } : {}),
  };
}

/** Every term of a language's term-based groups (special categories, emotion, relatives already owned). */
export function termSpecs(lang: string, lexicons: LanguageLexicons): TermSpec[] {
  const specs: TermSpec[] = [];
  const add = (
    group: ScanGroup,
    term: string,
    weak: boolean,
    exactCase: boolean,
    stem = true,
    personal = false,
    gathering = false,
  ) => {
    const trimmed = term.trim();
    const wild = trimmed.endsWith('*');
    const key = fold(wild ? trimmed.slice(0, -1) : trimmed);
    if (key.length === 0) return;
    specs.push({
      lang,
      group,
      term: trimmed,
      weak,
      exactCase: exactCase ? trimmed : null,
      ...(personal ? { personal: true as const } : {}),
      ...(gathering ? { gathering: true as const } : {}),
      key,
      wild,
      stemmable: stem && !wild && !weak && !exactCase && !/[\s'’-]/.test(trimmed),
    });
  };
  const addLexicon = (group: ScanGroup, lexicon: TermLexicon) => {
    for (const t of lexicon.terms) add(group, t, false, false, lexicon.stem !== false);
    for (const t of lexicon.exact ?? []) add(group, t, false, false, false);
    for (const t of lexicon.names ?? []) add(group, t, true, false);
    for (const t of lexicon.caseSensitive ?? []) add(group, t, false, true);
    for (const t of lexicon.personal ?? []) add(group, t, false, false, false, true);
    for (const t of lexicon.gatherings ?? [])
      add(group, t, false, false, lexicon.stem !== false, false, true);
  };
  for (const c of SPECIAL_CATEGORIES) addLexicon(c, lexicons.special[c]);
  addLexicon('emotional', lexicons.emotional);
  for (const t of lexicons.emotional.cues ?? []) add('emotional', t, true, false);
  // "kızım" is "my daughter"; its stem "kız" is any girl: relatives are never matched by stem.
  const family = lexicons.family;
  for (const t of family.owned ?? []) add('family', t, false, false, false);
  for (const suffix of family.ownedSuffixes ?? [])
    for (const r of family.relatives) if (!r.includes(' ')) add('family', r + suffix, false, false, false);
  for (const t of family.pregnancy ?? []) add('family', t, false, false);
  return specs;
}
