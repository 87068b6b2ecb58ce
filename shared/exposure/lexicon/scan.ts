/**
 * One scan per text for every lexicon-driven detector (special categories, emotion, family): Latin-
 * script languages in one regex pass, Japanese, Korean and Arabic by segmented words. Only the lists
 * of the item's languages count. The hits of the last text scanned are kept, so each detector asks
 * for them at no cost.
 */
import type { ScanGroup } from './entries';
import { LatinMatcher } from './latin-matcher';
import type { RawHit } from './entries';
import { LEXICONS } from './registry';
import { TokenMatcher } from './token-matcher';

export { SCAN_GROUPS, type ScanGroup } from './entries';
export type LexiconHit = RawHit;

const languages = Object.entries(LEXICONS);
const latinLanguages = new Set(languages.filter(([, l]) => l.meta.script === 'latin').map(([lang]) => lang));
/**
 * One matcher per set of Latin-script languages asked for together ("es" with "en"), built on first
 * use: a regex of two languages' terms costs about what one costs, while one of all eight costs as
 * much as eight (measured), so a text is never scanned with lists it does not need.
 */
const latinMatchers = new Map<string, LatinMatcher>();
/** The item's list arrays are shared (see language/detect.ts): their matcher is looked up once. */
const byLists = new WeakMap<readonly string[], LatinMatcher | null>();

function latinMatcher(lists: readonly string[]): LatinMatcher | null {
  let matcher = byLists.get(lists);
  if (matcher === undefined) byLists.set(lists, (matcher = buildLatinMatcher(lists)));
  return matcher;
}

function buildLatinMatcher(lists: readonly string[]): LatinMatcher | null {
  const wanted = lists.filter((l) => latinLanguages.has(l));
  if (wanted.length === 0) return null;
  const key = [...wanted].sort().join(',');
  let matcher = latinMatchers.get(key);
  if (!matcher) {
    matcher = new LatinMatcher(languages.filter(([lang]) => wanted.includes(lang)));
    latinMatchers.set(key, matcher);
  }
  return matcher;
}
const tokenised = new Map(
  languages
    .filter(([, l]) => l.meta.script !== 'latin')
    .map(([lang, l]) => [lang, new TokenMatcher(lang, l.meta.script, l)]),
);

const NONE: readonly LexiconHit[] = Object.freeze([]);
let lastText: string | null = null;
let lastLists: readonly string[] | null = null;
let lastHits: readonly LexiconHit[] = NONE;
const listSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function setOf(lists: readonly string[]): ReadonlySet<string> {
  let set = listSets.get(lists);
  if (!set) listSets.set(lists, (set = new Set(lists)));
  return set;
}

/** The hits in `text` of the word lists of `lists` (language codes), in text order per script. */
export function scanLexicons(text: string, lists: readonly string[]): readonly LexiconHit[] {
  if (text === lastText && lists === lastLists) return lastHits;
  const hits: RawHit[] = [];
  const langs = setOf(lists);
  latinMatcher(lists)?.scan(text, langs, hits);
  for (const lang of lists) tokenised.get(lang)?.scan(text, hits);
  lastText = text;
  lastLists = lists;
  lastHits = hits.length === 0 ? NONE : hits;
  return lastHits;
}

export function hitsOf(hits: readonly LexiconHit[], group: ScanGroup): LexiconHit[] {
  return hits.filter((h) => h.group === group);
}
