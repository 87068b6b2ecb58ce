/**
 * Special categories of personal data (GDPR art. 9): health, religion, politics, sexuality, ethnicity,
 * trade-union membership, from the item's language lists (see lexicon/scan.ts). A category found only
 * through proper names (a politician, a party) is marked weak: it says what the post is about, not
 * what the writer is. A list's `personal` words (therapy, prayer: said of albums, teams and exams too) count only
 * with a first-person word near.
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
  for (const category of SPECIAL_CATEGORIES) {
    const hits = byCategory.get(category);
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
