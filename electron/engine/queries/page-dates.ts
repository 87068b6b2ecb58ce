import { and, monthStart, type Clause, type DateRange } from './filters';
import type { ItemCounts } from './item-counts';

/**
 * A page in date order starts in some month: with the per-month counts, the query can start at that
 * month's boundary (an index seek) and skip only the items inside it, instead of stepping over every
 * earlier item. Gives the boundary (`from` inclusive when ascending, `before` exclusive when
 * descending) and the offset left within it.
 */
export function seekMonth(
  counts: ItemCounts,
  offset: number,
  ascending: boolean,
): { from: string | null; before: string | null; offset: number } {
  const none = { from: null, before: null, offset };
  if (!counts.months) return none;
  const months = ascending ? counts.months : [...counts.months].reverse();
  let before = 0;
  for (let i = 0; i < months.length; i++) {
    const m = months[i]!;
    if (before + m.n > offset) {
      // Ascending, even the first page starts at the first month holding a match (kinds such as
      // DMs or Grok chats are recent: walking from the oldest post would step over years of others).
      if (i === 0 && !ascending) return none;
      if (ascending) return { from: monthStart(m.month), before: null, offset: offset - before };
      return { from: null, before: monthStart(months[i - 1]!.month), offset: offset - before };
    }
    before += m.n;
  }
  return none;
}

const latest = (dates: Array<string | null | undefined>): string | null =>
  dates.reduce<string | null>((a, d) => (d && (a === null || d > a) ? d : a), null);
const earliest = (dates: Array<string | null | undefined>): string | null =>
  dates.reduce<string | null>((a, d) => (d && (a === null || d < a) ? d : a), null);

/**
 * The dated part's bounds as one lower and one upper bound: SQLite seeks the date index by one pair
 * only, and with several it may pick the loosest.
 */
export function datedBounds(
  range: DateRange,
  kinds: { first: string; last: string } | null,
  seek: { from: string | null; before: string | null },
): Clause {
  const parts: Clause[] = [{ sql: 'i.created_at IS NOT NULL', params: [] }];
  const from = latest([range.from, kinds?.first, seek.from]);
  if (from) parts.push({ sql: 'i.created_at >= ?', params: [from] });
  const to = earliest([range.to, kinds?.last]);
  if (seek.before && (to === null || seek.before <= to))
    parts.push({ sql: 'i.created_at < ?', params: [seek.before] });
  else if (to) parts.push({ sql: 'i.created_at <= ?', params: [to] });
  return and(...parts);
}
