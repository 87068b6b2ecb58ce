/**
 * Relatives named: "my son", "our daughter Emma", "my 5 year old son", "ma fille", "kızım", "娘".
 * Children's data is sensitive.
 */
import { allLexicons } from '../lexicon/registry';
import type { LexiconHit } from '../lexicon/scan';
import { addEvidence, listsOf, writtenByOwner, type Detector } from './detector';

const NOT_NAMES: ReadonlySet<string> = new Set(allLexicons().flatMap((l) => l.family.notNames));
/** A capitalised word straight after the relative: taken as the relative's name. */
const NAME = /[ ,]\s*(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/uy;

export const detectFamily: Detector = (input, found, _ctx, scan) => {
  const text = input.text;
  if (!text || !writtenByOwner(input)) return;
  let evidence: string[] | null = null;
  const counted: LexiconHit[] = [];
  for (const hit of scan.hits) {
    if (hit.group !== 'family') continue;
    NAME.lastIndex = hit.end;
    const name = NAME.exec(text)?.[1];
    addEvidence(
      (evidence ??= []),
      name !== undefined && !NOT_NAMES.has(name) ? `${hit.text} ${name}` : hit.text,
    );
    counted.push(hit);
  }
  if (!evidence) return;
  found.push({
    flag: 'family',
    evidence,
    reason: 'Names or mentions your relatives or children: data about people who did not post it.',
    lists: listsOf(counted),
  });
};
