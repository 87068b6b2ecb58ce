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
 *   kills me"), and a weak cue counts only in a text that reads negative. The list words found weigh
 *   in that reading, and a post that laughs ("😂", "jajaja", "ㅋㅋ") is never distress (laughter.ts).
 * Japanese has no sentiment lexicon there: its list words count on their own, and it has no cues.
 * The sentiment is read only once a first-person word or cue is found, so most posts never pay it.
 */
import type { LexiconHit } from '../lexicon/scan';
import { valenceOf } from '../sentiment/valence';
import { addEvidence, listsOf, writtenByOwner, type Detector } from './detector';
import { firstPersonPhrase } from './first-person';
import { laughs } from './laughter';

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
 * positive (joy, a joke: "crying with laughter"), a weak cue only when it reads negative. The list
 * words found weigh in the reading (listWeight). Without a reading (Japanese), a distress word counts
 * and a cue does not.
 */
function readsAsDistress(text: string, found: Found, strong: boolean): boolean {
  const valence = valenceOf(text, found.hits[0]!.lang);
  if (!valence) return strong;
  const score = valence.score - listWeight(found, strong);
  return strong ? score <= 0 : score < 0;
}

/**
 * Several different distress words with no subject at all are the writer's, diary style: posts drop
 * the subject ("capek banget, pengen ngilang", "exhausted, alone, can't cope"), and in Spanish,
 * Italian, Portuguese and Indonesian the verb form alone says "I". One word alone may be said of
 * anything ("an empty room").
 */
function severalWords(hits: readonly LexiconHit[]): boolean {
  const first = hits[0]!.text.toLowerCase();
  return hits.some((h) => h.text.toLowerCase() !== first);
}

/**
 * What the list words found weigh against the library's reading. The libraries miss or misread many
 * of them (SentiCon reads "sola" and "agotada" slightly positive), so a post of despair in otherwise
 * plain words read positive. Each distinct distress word weighs three quarters of a word, below the
 * smallest AFINN value: one cheerful word still outweighs it ("numb and euphoric"). Cues weigh half
 * each, but only beside another one: a lone cue ("tired") still needs the sentence to read negative.
 */
function listWeight(found: Found, strong: boolean): number {
  const distinct = new Set(found.hits.map((h) => h.text.toLowerCase())).size;
  return strong ? distinct * STRONG_WEIGHT : distinct > 1 ? distinct * CUE_WEIGHT : 0;
}
const STRONG_WEIGHT = 0.75;
const CUE_WEIGHT = 0.5;

export const detectEmotional: Detector = (input, found, _ctx, scan) => {
  const text = input.text;
  if (!text || !writtenByOwner(input)) return;
  const own: { words: Found | null; cues: Found | null } = { words: null, cues: null };
  const add = (hit: LexiconHit, phrase: string) => {
    const into = (own[hit.weak ? 'cues' : 'words'] ??= { phrases: [], hits: [] });
    into.phrases.push(phrase);
    into.hits.push(hit);
  };
  let subjectless: LexiconHit[] | null = null;
  for (const hit of scan.hits) {
    if (hit.group !== 'emotional') continue;
    const phrase = firstPersonPhrase(text, hit) ?? (opensText(text, hit) ? hit.text : null);
    if (phrase === null) (subjectless ??= []).push(hit);
    else add(hit, phrase);
  }
  if (!own.words && !own.cues && subjectless && severalWords(subjectless))
    for (const hit of subjectless) add(hit, hit.text);
  const counted = own.words ?? own.cues;
  if (!counted || laughs(text) || !readsAsDistress(text, counted, counted === own.words)) return;
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
