/** Shapes of the lexicon files in resources/lexicons/<lang>/<category>.json. */

export interface TermLexicon {
  description?: string;
  /** Whole-word terms, accent- and case-folded (see lexicon/compile.ts for the syntax). */
  terms: string[];
  /**
   * Proper names (politicians, parties, organisations): weak evidence on their own. Matched whole and
   * exactly as written (folded), never stemmed.
   */
  names?: string[];
  /**
   * Everyday words of the category that are also said of things, teams or days ("pure therapy", "the
   * team was sick"): they count only about a person, with a first-person word ("I", "my") near, found
   * as for emotional distress (the language's `firstPerson` list and window). Matched as written.
   */
  personal?: string[];
  /**
   * Words for a protest, rally or march: a political act, except when a trade union holds it (a
   * strike rally is union activity, not a political opinion). They count for the category only in a
   * post without a word of the union list. Matched as `terms`.
   */
  gatherings?: string[];
  /** Terms that must match with this exact case (e.g. "AIDS", not "aids"). */
  caseSensitive?: string[];
  /**
   * Terms matched as written (folded), never by stem, where the stem would take in everyday words:
   * the stem of "izquierdista" is that of "izquierda" (left, as in "turn left").
   */
  exact?: string[];
  /** Phrases inside which a term match does not count ("cancer season"). */
  exclude?: string[];
  /**
   * False when the list's words must match as written, not by stem (Turkish "yıkıldım", I am
   * crushed, is first person; its stem is not).
   */
  stem?: boolean;
}

export interface EmotionalLexicon extends TermLexicon {
  /**
   * Weaker cues of distress: everyday words ("exhausted", "alone") that count only when the
   * sentiment library reads the text as negative (see detectors/emotional.ts). Matched as written.
   */
  cues?: string[];
  /** Words that make the emotion the writer's own; empty when the terms are first-person already. */
  firstPerson: string[];
  windowBefore: number;
  windowAfter: number;
}

export interface FamilyLexicon {
  description?: string;
  /** "my", "our": before the relative, or after it when `possessiveAfter` ("anak saya"). */
  possessives: string[];
  possessiveAfter?: boolean;
  /** Words allowed between possessive and relative ("little", "eldest"). */
  qualifiers?: string[];
  relatives: string[];
  /** Words that already say "my relative" (Turkish "kızım", Japanese "娘"). */
  owned?: string[];
  /**
   * Possessive endings written onto the word (Indonesian "-ku", my): every single-word relative with
   * one of them is an owned word ("keluargaku", "suamiku"), so the forms come from the rule, not a list.
   */
  ownedSuffixes?: string[];
  /**
   * Being pregnant ("I'm pregnant", "embarazada", "妊娠"): a child on the way is a family detail as
   * well as health data (health.json lists the same words). Single words match by stem.
   */
  pregnancy?: string[];
  /**
   * Kin words that, first in a post with no possessive or article and before a lowercase word, name
   * the writer's own relative the way a name does ("Son starts year 2", "Mum's in hospital").
   */
  atStart?: string[];
  /** Phrases inside which a family term does not count ("enceinte bluetooth", a speaker). */
  exclude?: string[];
  /** Capitalised words after a relative that are not names. */
  notNames: string[];
}

export interface LocationLexicon {
  description?: string;
  streetTypes: string[];
}

/** How a language's text is cut into words for matching. */
export type Script = 'latin' | 'arabic' | 'japanese' | 'korean';

export interface LanguageMeta {
  /** The language's English name, as shown to the user ("French"). */
  name: string;
  script: Script;
  /**
   * Whether single-word terms match by Snowball stem (see latin-matcher.ts). Off for English, whose
   * lists spell out the forms that count ("disabled" yes, "disable notifications" no).
   */
  stem: boolean;
  /** Countries (ISO 3166) whose national phone formats a text in this language is searched for. */
  phoneRegions?: string[];
  /**
   * Korean: the particles and endings written onto a word ("우울증을"); a term counts at the start of
   * a word when what follows it is one of these.
   */
  particles?: string[];
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
  meta: LanguageMeta;
  special: Record<SpecialCategory, TermLexicon>;
  emotional: EmotionalLexicon;
  family: FamilyLexicon;
  location?: LocationLexicon;
}
