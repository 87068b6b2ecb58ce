/**
 * Strong first-person emotion ("I'm devastated", "heartbroken, I can't..."): what makes social posts
 * valuable training data, and personal. An emotion word counts only with a first-person word near it.
 */
import { wholeWordRegex } from '../lexicon/compile';
import { allLexicons } from '../lexicon/registry';
import { scanLexicons } from '../lexicon/scan';
import { addEvidence, writtenByOwner, type Detector } from './detector';

const lexicons = allLexicons().map((l) => l.emotional);
const FIRST_PERSON = wholeWordRegex(lexicons.flatMap((l) => l.firstPerson));
const BEFORE = Math.max(...lexicons.map((l) => l.windowBefore));
const AFTER = Math.max(...lexicons.map((l) => l.windowAfter));

/** The first-person phrase around a hit, from the pronoun to the emotion word (or the reverse), or null. */
function firstPersonPhrase(text: string, start: number, end: number): string | null {
  if (!FIRST_PERSON) return null;
  const from = Math.max(0, start - BEFORE);
  const before = text.slice(from, start);
  let lastStart = -1;
  FIRST_PERSON.lastIndex = 0;
  for (let m = FIRST_PERSON.exec(before); m !== null; m = FIRST_PERSON.exec(before)) lastStart = m.index;
  if (lastStart >= 0) return text.slice(from + lastStart, end);
  const after = text.slice(end, end + AFTER);
  FIRST_PERSON.lastIndex = 0;
  const m = FIRST_PERSON.exec(after);
  return m ? text.slice(start, end + m.index + m[0].length) : null;
}

export const detectEmotional: Detector = (input, found) => {
  const text = input.text;
  if (!text || !writtenByOwner(input)) return;
  let evidence: string[] | null = null;
  for (const hit of scanLexicons(text)) {
    if (hit.group !== 'emotional') continue;
    const phrase = firstPersonPhrase(text, hit.start, hit.end);
    if (phrase !== null) addEvidence((evidence ??= []), phrase);
  }
  if (!evidence) return;
  found.push({
    flag: 'emotional',
    evidence,
    reason: 'Strong first-person emotion: intimate, and exactly what makes posts valuable for AI training.',
  });
};
