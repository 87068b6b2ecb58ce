/**
 * Strong first-person emotion ("I'm devastated", "estoy destrozada", "死にたい"): what makes social
 * posts valuable training data, and personal. In a language whose list names first-person words, an
 * emotion word counts only with one of them near it; lists whose terms are first-person already
 * (pro-drop languages, Japanese) leave `firstPerson` empty.
 */
import { wholeWordRegex } from '../lexicon/compile';
import { LEXICONS } from '../lexicon/registry';
import type { LexiconHit } from '../lexicon/scan';
import { addEvidence, listsOf, writtenByOwner, type Detector } from './detector';

interface FirstPerson {
  regex: RegExp;
  before: number;
  after: number;
}

const FIRST_PERSON = new Map<string, FirstPerson | null>(
  Object.entries(LEXICONS).map(([lang, l]) => {
    const regex = wholeWordRegex(l.emotional.firstPerson);
    return [lang, regex ? { regex, before: l.emotional.windowBefore, after: l.emotional.windowAfter } : null];
  }),
);

/** The first-person phrase around a hit, from the pronoun to the emotion word (or the reverse), or null. */
function firstPersonPhrase(text: string, hit: LexiconHit): string | null {
  const fp = FIRST_PERSON.get(hit.lang);
  if (!fp) return hit.text;
  const { regex } = fp;
  const from = Math.max(0, hit.start - fp.before);
  const before = text.slice(from, hit.start);
  let lastStart = -1;
  regex.lastIndex = 0;
  for (let m = regex.exec(before); m !== null; m = regex.exec(before)) lastStart = m.index;
  if (lastStart >= 0) return text.slice(from + lastStart, hit.end);
  regex.lastIndex = 0;
  if (regex.test(hit.text)) return hit.text;
  const after = text.slice(hit.end, hit.end + fp.after);
  regex.lastIndex = 0;
  const m = regex.exec(after);
  return m ? text.slice(hit.start, hit.end + m.index + m[0].length) : null;
}

export const detectEmotional: Detector = (input, found, _ctx, scan) => {
  const text = input.text;
  if (!text || !writtenByOwner(input)) return;
  let evidence: string[] | null = null;
  const counted: LexiconHit[] = [];
  for (const hit of scan.hits) {
    if (hit.group !== 'emotional') continue;
    const phrase = firstPersonPhrase(text, hit);
    if (phrase === null) continue;
    addEvidence((evidence ??= []), phrase);
    counted.push(hit);
  }
  if (!evidence) return;
  found.push({
    flag: 'emotional',
    evidence,
    reason: 'Strong first-person emotion: intimate, and exactly what makes posts valuable for AI training.',
    lists: listsOf(counted),
  });
};
