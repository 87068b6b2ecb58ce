/** The classification context with its dates parsed once per archive, not once per item. */
import type { ClassifyContext } from './types';
import { compileRanges, visibilityAtMs, type CompiledRanges } from './visibility';

export interface CompiledContext {
  ranges: CompiledRanges;
  /** The user's Circle-only periods. */
  circleRanges: CompiledRanges;
  hasHistory: boolean;
  /** The archive date; the current time when the context's date is unreadable. */
  asOfMs: number;
  /** Account public (or assumed public) on the archive date. */
  publicAsOf: boolean;
}

interface CacheEntry extends CompiledContext {
  source: ClassifyContext['protectedRanges'];
  circleSource: ClassifyContext['circleRanges'];
  asOf: string;
}

const NO_RANGES: CompiledRanges = [];

const cache = new WeakMap<ClassifyContext, CacheEntry>();

export function compileContext(ctx: ClassifyContext): CompiledContext {
  const cached = cache.get(ctx);
  // The engine may reuse one context object and swap its fields after a user correction.
  if (
    cached &&
    cached.source === ctx.protectedRanges &&
    cached.circleSource === ctx.circleRanges &&
    cached.asOf === ctx.asOf &&
    cached.hasHistory === ctx.hasProtectedHistory
  ) {
    return cached;
  }
  const ranges = compileRanges(ctx.protectedRanges);
  const parsed = Date.parse(ctx.asOf);
  const asOfMs = Number.isNaN(parsed) ? Date.now() : parsed;
  const entry: CacheEntry = {
    source: ctx.protectedRanges,
    circleSource: ctx.circleRanges,
    asOf: ctx.asOf,
    ranges,
    circleRanges: ctx.circleRanges ? compileRanges(ctx.circleRanges) : NO_RANGES,
    hasHistory: ctx.hasProtectedHistory,
    asOfMs,
    publicAsOf: visibilityAtMs(ranges, ctx.hasProtectedHistory, asOfMs) !== 'protected',
  };
  cache.set(ctx, entry);
  return entry;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const pair = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/**
 * Epoch ms of an ISO date, NaN when absent or unparseable. The engine's canonical UTC form
 * (`2024-05-07T12:34:56.789Z` or without milliseconds) is read directly, several times faster than
 * Date.parse; anything else goes to Date.parse.
 */
export function parseMs(iso: string | null): number {
  if (iso === null) return NaN;
  const n = iso.length;
  if (
    (n === 20 || (n === 24 && iso.charCodeAt(19) === 46)) &&
    iso.charCodeAt(4) === 45 &&
    iso.charCodeAt(7) === 45 &&
    iso.charCodeAt(10) === 84 &&
    iso.charCodeAt(13) === 58 &&
    iso.charCodeAt(16) === 58 &&
    iso.charCodeAt(n - 1) === 90
  ) {
    const ms = n === 24 ? digit(iso, 20) * 100 + pair(iso, 21) : 0;
    const year = pair(iso, 0) * 100 + pair(iso, 2);
    const value = Date.UTC(
      year,
      pair(iso, 5) - 1,
      pair(iso, 8),
      pair(iso, 11),
      pair(iso, 14),
      pair(iso, 17),
      ms,
    );
    if (!Number.isNaN(value)) return value;
  }
  return Date.parse(iso);
}
