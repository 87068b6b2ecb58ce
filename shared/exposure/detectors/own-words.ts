/**
 * The person's own words: names, places and things sensitive for them alone (their street, their
 * children's names, their employer, their medication), per category. Matched whole-word, case- and
 * accent-folded, in every language; the evidence says "your own list". A flag found this way is
 * never weak. The engine passes the words in the context (ClassifyContext.ownWords).
 */
import { alternationSource, WORD_CLASS, WORD_END } from '../lexicon/compile';
import { foldLetters } from '../lexicon/fold';
import { OWN_LIST } from '../language/names';
import type { Flag } from '../../model/kinds';
import { addEvidence, type Detector } from './detector';
import { SPECIAL_CATEGORIES } from '../lexicon/types';

/** The categories a person can add words to. */
export const OWN_WORD_FLAGS = [
  ...SPECIAL_CATEGORIES,
  'family',
  'location',
] as const satisfies readonly Flag[];
export type OwnWordFlag = (typeof OWN_WORD_FLAGS)[number];
export type OwnWords = Partial<Record<OwnWordFlag, string[]>>;

const REASON = 'Contains words you listed as sensitive for you.';
const compiled = new WeakMap<OwnWords, Array<[OwnWordFlag, RegExp]>>();

function regexesOf(words: OwnWords): Array<[OwnWordFlag, RegExp]> {
  let list = compiled.get(words);
  if (!list) {
    list = [];
    for (const flag of OWN_WORD_FLAGS) {
      const terms = (words[flag] ?? []).filter((t) => t.trim().length > 0);
      if (terms.length === 0) continue;
      const source = alternationSource(terms, false, true);
      list.push([flag, new RegExp(`(?<!${WORD_CLASS})(?:${source})${WORD_END}`, 'gi')]);
    }
    compiled.set(words, list);
  }
  return list;
}

export const detectOwnWords: Detector = (input, found, ctx) => {
  const text = input.text;
  const words = ctx.ownWords;
  if (!text || !words) return;
  const regexes = regexesOf(words);
  if (regexes.length === 0) return;
  const plain = foldLetters(text);
  for (const [flag, regex] of regexes) {
    regex.lastIndex = 0;
    let evidence: string[] | null = null;
    for (let m = regex.exec(plain); m !== null; m = regex.exec(plain)) {
      addEvidence((evidence ??= []), text.slice(m.index, m.index + m[0].length));
    }
    if (!evidence) continue;
    const existing = found.find((e) => e.flag === flag);
    if (existing) {
      for (const e of evidence) addEvidence(existing.evidence, e);
      existing.lists = [...(existing.lists ?? []).filter((l) => l !== OWN_LIST), OWN_LIST];
      delete existing.weak;
    } else {
      found.push({ flag, evidence, reason: REASON, lists: [OWN_LIST] });
    }
  }
};
