import type { FlagEvidence } from '../../model/items';
import type { ItemLanguages } from '../language/detect';
import type { LexiconHit } from '../lexicon/scan';
import type { ClassifyInput } from '../types';
import type { OwnWords } from './own-words';

/** What a detector may know of the archive besides the item (see ClassifyContext). */
export interface DetectContext {
  phoneRegion?: string | null;
  /** The languages the account uses (ISO 639-1), as X records them; see ClassifyContext. */
  languages?: readonly string[];
  /** The person's own sensitive words, per category; see ClassifyContext. */
  ownWords?: OwnWords;
}

/** The item's text as the lexicon detectors see it: its languages and the list words found in it. */
export interface TextScan {
  languages: ItemLanguages;
  hits: readonly LexiconHit[];
}

/** A detector appends what it finds (one entry per flag at most) to `found`. */
export type Detector = (
  input: ClassifyInput,
  found: FlagEvidence[],
  ctx: DetectContext,
  scan: TextScan,
) => void;

/** Evidence strings are shown to the user and stored: keep them short. */
export const MAX_EVIDENCE_CHARS = 60;
export const MAX_EVIDENCE_ITEMS = 5;

const NEEDS_CLEANUP = /^\s|\s$|\s\s|[\t\n\r\f\v]/;

export function clip(text: string): string {
  if (text.length <= MAX_EVIDENCE_CHARS && !NEEDS_CLEANUP.test(text)) return text;
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= MAX_EVIDENCE_CHARS ? oneLine : oneLine.slice(0, MAX_EVIDENCE_CHARS - 1) + '…';
}

/** Adds a match to an evidence list, clipped, without duplicates, up to the cap. */
export function addEvidence(list: string[], match: string): void {
  if (list.length >= MAX_EVIDENCE_ITEMS) return;
  const clipped = clip(match);
  if (!list.includes(clipped)) list.push(clipped);
}

/** Whether the item's text is the owner's own words (likes, bookmarks and reposts quote someone else). */
export function writtenByOwner(input: ClassifyInput): boolean {
  if (input.authoredBySelf === false || input.kind === 'like' || input.kind === 'bookmark') return false;
  return !input.postTypes.includes('repost');
}

/** The languages whose lists matched, in first-seen order. */
export function listsOf(hits: readonly LexiconHit[]): string[] {
  const lists: string[] = [];
  for (const h of hits) if (!lists.includes(h.lang)) lists.push(h.lang);
  return lists;
}
