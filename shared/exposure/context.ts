/** The classification context with its dates parsed once per archive, not once per item. */
import type { ClassifyContext } from './types';
import { compileRanges, type CompiledRanges } from './visibility';

export interface CompiledContext {
  ranges: CompiledRanges;
  hasHistory: boolean;
  asOfMs: number;
}

interface CacheEntry extends CompiledContext {
  source: ClassifyContext['protectedRanges'];
  asOf: string;
}

const cache = new WeakMap<ClassifyContext, CacheEntry>();

export function compileContext(ctx: ClassifyContext): CompiledContext {
  const cached = cache.get(ctx);
  // The engine may reuse one context object and swap its fields after a user correction.
  if (
    cached &&
    cached.source === ctx.protectedRanges &&
    cached.asOf === ctx.asOf &&
    cached.hasHistory === ctx.hasProtectedHistory
  ) {
    return cached;
  }
  const entry: CacheEntry = {
    source: ctx.protectedRanges,
    asOf: ctx.asOf,
    ranges: compileRanges(ctx.protectedRanges),
    hasHistory: ctx.hasProtectedHistory,
    asOfMs: Date.parse(ctx.asOf),
  };
  cache.set(ctx, entry);
  return entry;
}

/** Epoch ms of an ISO date, NaN when absent or unparseable. */
export function parseMs(iso: string | null): number {
  return iso === null ? NaN : Date.parse(iso);
}
