/**
 * Emotional distress in the person's own words ("I'm devastated", "estoy destrozada", "死にたい"): what
 * makes social posts valuable training data, and personal. Three signals, per language:
 * - a distress word from the language's list (`terms`), or a weaker everyday cue (`cues`: "exhausted",
 *   "alone");
 * - in the first person: in a language whose list names first-person words, one of them near the
 *   word; lists whose words are first-person already (pro-drop Turkish, Japanese) leave it empty.
 *   A post that opens with a set phrase has no other subject: it is the writer's, diary style
 *   ("can't stop crying", "pengen ngilang"); a single word there may be an adjective ("crying
 *   babies on planes"), so it still needs a first-person word;
 * - the text's sentiment, read by the nlp.js lexicon of its language (sentiment/valence.ts): a
 *   distress word in a text that reads positive is a joke or joy ("crying with laughter", "this song
 *   kills me"), and a weak cue counts only in a text that reads negative.
 * Japanese has no sentiment lexicon there: its list words count on their own, and it has no cues.
 * The sentiment is read only once a first-person word or cue is found, so most posts never pay it.
 */
import type { LexiconHit } from '../lexicon/scan';
import { valenceOf } from '../sentiment/valence';
import { addEvidence, listsOf, writtenByOwner, type Detector } from './detector';
import { firstPersonPhrase } from './first-person';

/** Nothing but spaces and punctuation before the hit. */
const OPENING = /^[\s\p{P}\p{S}]*$/u;
/** A phrase of several words that opens the post. */
function opensText(text: string, hit: LexiconHit): boolean {
  return hit.start < 8 && /\s/.test(hit.text) && OPENING.test(text.slice(0, hit.start));
}

interface Found {
  phrases: string[];
  hits: LexiconHit[];
}

/**
 * Whether the text's reading lets the words found count: a distress word unless the text reads
 * positive (joy, a joke: "crying with laughter"), a weak cue only when it reads negative. The words'
 * own values are part of the reading, so a cue in a neutral sentence counts and one in a cheerful
 * sentence does not. Without a reading (Japanese), a distress word counts and a cue does not.
 */
function readsAsDistress(text: string, found: Found, strong: boolean): boolean {
  const valence = valenceOf(text, found.hits[0]!.lang);
  if (!valence) return strong;
  return strong ? valence.score <= 0 : valence.score < 0;
}

export const detectEmotional: Detector = (input, found, _ctx, scan) => {
  const text = input.text;
  if (!text || !writtenByOwner(input)) return;
  let words: Found | null = null;
  let cues: Found | null = null;
  for (const hit of scan.hits) {
    if (hit.group !== 'emotional') continue;
    const phrase = firstPersonPhrase(text, hit) ?? (opensText(text, hit) ? hit.text : null);
    if (phrase === null) continue;
    const into = hit.weak ? (cues ??= { phrases: [], hits: [] }) : (words ??= { phrases: [], hits: [] });
    into.phrases.push(phrase);
    into.hits.push(hit);
  }
  const counted = words ?? cues;
  if (!counted || !readsAsDistress(text, counted, counted === words)) return;
  const evidence: string[] = [];
  for (const phrase of counted.phrases) addEvidence(evidence, phrase);
  found.push({
    flag: 'emotional',
    evidence,
    reason:
      'Emotional distress in their own words: intimate, and exactly what makes posts valuable for AI training.',
    lists: listsOf(counted.hits),
  });
};
