/**
 * Special categories of personal data (GDPR art. 9): health, religion, politics, sexuality, ethnicity,
 * trade-union membership, from the item's language lists (see lexicon/scan.ts). A category found only
 * through proper names (a politician, a party) is marked weak: it says what the post is about, not
 * what the writer is. A list's `personal` words (therapy, prayer: said of albums, teams and exams too) count only
 * with a first-person word near. A list's `gatherings` (rally, protest) count only in a post without
 * a union word: a union's strike rally is union activity, not a political opinion.
 */
import type { LexiconHit } from '../lexicon/scan';
import { SPECIAL_CATEGORIES, type SpecialCategory } from '../lexicon/types';
import { addEvidence, listsOf, type Detector } from './detector';
import { firstPersonPhrase } from './first-person';

const REASONS: Record<SpecialCategory, string> = {
  health: 'Mentions health conditions or care: a special category of personal data.',
  religion: 'Mentions religious belief or practice: a special category of personal data.',
  politics: 'Expresses or discusses political opinions: a special category of personal data.',
  sexuality: 'Mentions sexual orientation, sex life or gender identity: a special category of personal data.',
  ethnicity: 'Mentions racial or ethnic origin: a special category of personal data.',
  union: 'Mentions trade-union membership or activity: a special category of personal data.',
};
const WEAK_REASON = 'Names a politician or party: on its own, weak evidence of a political opinion.';

const SPECIAL: ReadonlySet<string> = new Set(SPECIAL_CATEGORIES);

/** A union post's rally or protest is union activity: its `gatherings` words say nothing more. */
function withoutGatherings(hits: LexiconHit[]): LexiconHit[] | undefined {
  if (!hits.some((h) => h.gathering)) return hits;
  const rest = hits.filter((h) => !h.gathering);
  return rest.length > 0 ? rest : undefined;
}

export const detectSpecialCategories: Detector = (input, found, _ctx, scan) => {
  let byCategory: Map<SpecialCategory, LexiconHit[]> | null = null;
  for (const hit of scan.hits) {
    if (!SPECIAL.has(hit.group)) continue;
    if (hit.personal && (!input.text || firstPersonPhrase(input.text, hit) === null)) continue;
    byCategory ??= new Map();
    const category = hit.group as SpecialCategory;
    const list = byCategory.get(category);
    if (list) list.push(hit);
    else byCategory.set(category, [hit]);
  }
  if (!byCategory) return;
  const unionPost = byCategory.has('union');
  for (const category of SPECIAL_CATEGORIES) {
    let hits = byCategory.get(category);
    if (hits && unionPost) hits = withoutGatherings(hits);
    if (!hits) continue;
    const weak = hits.every((h) => h.weak);
    const evidence: string[] = [];
    // Strong words first, so the evidence shown says why the flag is there.
    for (const h of hits) if (!h.weak) addEvidence(evidence, h.text);
    for (const h of hits) if (h.weak) addEvidence(evidence, h.text);
    found.push({
      flag: category,
      evidence,
      reason: weak ? WEAK_REASON : REASONS[category],
      lists: listsOf(hits),
      ...(weak ? { weak: true } : {}),
    });
  }
};
