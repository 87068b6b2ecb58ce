/** How a source and the checked-on date read wherever a person sees them: plain words, no internal tags. */
import { formatDate } from '../../format/dates';
import type { Source } from './types';

/** "Publisher, Title, 4 Sep 2024. address (via ...)". */
export function citeSource(s: Source): string {
  const via = s.via ? ` (${s.via})` : '';
  return `${s.publisher}, ${s.title}, ${formatDate(s.date)}. ${s.address}${via}`;
}

/** "Facts checked on 6 Dec 2026". */
export function factsCheckedLine(checkedOn: string): string {
  return `Facts checked on ${formatDate(checkedOn)}`;
}
