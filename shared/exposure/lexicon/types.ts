/** Shapes of the lexicon files in resources/lexicons/<lang>/<category>.json. */

export interface TermLexicon {
  description?: string;
  /** Whole-word, case-insensitive terms (see lexicon/compile.ts for the syntax). */
  terms: string[];
  /** Terms that must match with this exact case (e.g. "AIDS", not "aids"). */
  caseSensitive?: string[];
  /** Phrases inside which a term match does not count ("cancer season"). */
  exclude?: string[];
}

export interface EmotionalLexicon extends TermLexicon {
  firstPerson: string[];
  windowBefore: number;
  windowAfter: number;
}

export interface FamilyLexicon {
  description?: string;
  possessives: string[];
  relatives: string[];
  /** Capitalised words after a relative that are not names. */
  notNames: string[];
}

export interface LocationLexicon {
  description?: string;
  streetTypes: string[];
}

/** The special categories of personal data detected by lexicon. */
export const SPECIAL_CATEGORIES = [
  'health',
  'religion',
  'politics',
  'sexuality',
  'ethnicity',
  'union',
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

export interface LanguageLexicons {
  special: Record<SpecialCategory, TermLexicon>;
  emotional: EmotionalLexicon;
  family: FamilyLexicon;
  location: LocationLexicon;
}
