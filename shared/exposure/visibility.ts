/**
 * Account visibility over time, from protected-history.js events (or the user's own ranges).
 * A range is protected from `from` (inclusive) to `to` (exclusive); `to: null` means still protected.
 */
import type { ProtectedRange } from '../model/overview';
import type { Visibility } from '../model/kinds';

export interface ProtectEvent {
  at: string;
  action: 'Protect' | 'Unprotect';
}

/** `from` of a range that began before anything the archive records (the first event was an Unprotect). */
export const SINCE_BEGINNING = '1970-01-01T00:00:00.000Z';

/**
 * Sort the events; before the first one the state is the opposite of its action; after each event the
 * state is that event's action (repeats change nothing). No events: no ranges (public assumed).
 */
export function protectedRangesFromHistory(events: ProtectEvent[]): ProtectedRange[] {
  const sorted = events
    .map((e) => ({ ms: Date.parse(e.at), action: e.action }))
    .filter((e) => !Number.isNaN(e.ms))
    .sort((a, b) => a.ms - b.ms);
  const first = sorted[0];
  if (!first) return [];
  const ranges: ProtectedRange[] = [];
  let openFrom: string | null = first.action === 'Unprotect' ? SINCE_BEGINNING : null;
  for (const event of sorted) {
    const iso = new Date(event.ms).toISOString();
    if (event.action === 'Protect' && openFrom === null) openFrom = iso;
    else if (event.action === 'Unprotect' && openFrom !== null) {
      // A Protect and Unprotect at the same instant leave no protected time.
      if (iso !== openFrom) ranges.push({ from: openFrom, to: iso });
      openFrom = null;
    }
  }
  if (openFrom !== null) ranges.push({ from: openFrom, to: null });
  return ranges;
}

/** Ranges as epoch-ms pairs, sorted; `to` = Infinity when still protected. */
export type CompiledRanges = ReadonlyArray<readonly [number, number]>;

const compiledCache = new WeakMap<ProtectedRange[], CompiledRanges>();

export function compileRanges(ranges: ProtectedRange[]): CompiledRanges {
  const cached = compiledCache.get(ranges);
  if (cached) return cached;
  const compiled = ranges
    .map((r) => [Date.parse(r.from), r.to === null ? Infinity : Date.parse(r.to)] as const)
    .filter(([from, to]) => !Number.isNaN(from) && !Number.isNaN(to) && to > from)
    .sort((a, b) => a[0] - b[0]);
  compiledCache.set(ranges, compiled);
  return compiled;
}

export function isProtectedAtMs(ranges: CompiledRanges, ms: number): boolean {
  for (const [from, to] of ranges) {
    if (ms < from) return false;
    if (ms < to) return true;
  }
  return false;
}

/** Whether the account was public at some instant in [fromMs, toMs]; toMs may be Infinity. */
export function publicAnyTimeBetweenMs(ranges: CompiledRanges, fromMs: number, toMs: number): boolean {
  if (toMs < fromMs) return false;
  let cursor = fromMs;
  for (const [from, to] of ranges) {
    if (to <= cursor) continue;
    if (from > cursor) return true;
    // Protected from the cursor until `to` (Infinity: protected for ever after).
    cursor = to;
    if (cursor === Infinity || cursor > toMs) return false;
  }
  return cursor <= toMs;
}

/** Visibility of the account at an instant: public, protected, or assumedPublic when there is no history. */
export function visibilityAt(
  ranges: ProtectedRange[],
  hasHistory: boolean,
  iso: string,
): Exclude<Visibility, 'private'> {
  return visibilityAtMs(compileRanges(ranges), hasHistory, Date.parse(iso));
}

export function visibilityAtMs(
  ranges: CompiledRanges,
  hasHistory: boolean,
  ms: number,
): Exclude<Visibility, 'private'> {
  if (isProtectedAtMs(ranges, ms)) return 'protected';
  return hasHistory ? 'public' : 'assumedPublic';
}

/** Whether the account was public at some time between the two instants (inclusive); `toIso` null = open end. */
export function publicAnyTimeBetween(
  ranges: ProtectedRange[],
  fromIso: string,
  toIso: string | null,
): boolean {
  return publicAnyTimeBetweenMs(
    compileRanges(ranges),
    Date.parse(fromIso),
    toIso === null ? Infinity : Date.parse(toIso),
  );
}
