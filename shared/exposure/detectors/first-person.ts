/**
 * Whether a list word is said by the writer of themselves: a first-person word of the language ("I",
 * "my", "je", "mi") within the language's window before or after it (the emotional list's
 * `firstPerson`, `windowBefore` and `windowAfter`). Languages whose list words are first-person
 * already (pro-drop Turkish, Japanese, Arabic) leave the list empty, and every word counts.
 */
import { wholeWordRegex } from '../lexicon/compile';
import { LEXICONS } from '../lexicon/registry';
import type { LexiconHit } from '../lexicon/scan';

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

/** The first-person phrase around a hit, from the pronoun to the word (or the reverse), or null. */
export function firstPersonPhrase(text: string, hit: LexiconHit): string | null {
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
