import { CHANNELS, FLAGS, LEVELS, POST_TYPES } from '../../../shared/model/kinds';
import type { Channel, Flag, Level, PostType } from '../../../shared/model/kinds';

/** Set fields are stored as bitmasks (bit i = i-th value of the shared constant list). */
function maskOf<T extends string>(all: readonly T[], values: readonly T[]): number {
  let mask = 0;
  for (const v of values) {
    const i = all.indexOf(v);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

function valuesOf<T extends string>(all: readonly T[], mask: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < all.length; i++) if (mask & (1 << i)) out.push(all[i]!);
  return out;
}

export const channelMask = (v: readonly Channel[]): number => maskOf(CHANNELS, v);
export const channelsOf = (m: number): Channel[] => valuesOf(CHANNELS, m);
export const flagMask = (v: readonly Flag[]): number => maskOf(FLAGS, v);
export const flagsOf = (m: number): Flag[] => valuesOf(FLAGS, m);
export const postTypeMask = (v: readonly PostType[]): number => maskOf(POST_TYPES, v);
export const postTypesOf = (m: number): PostType[] => valuesOf(POST_TYPES, m);

/**
 * Levels are stored as a severity: 2 = high, 1 = medium, 0 = low, so `ORDER BY level DESC, created_at DESC`
 * walks one index backwards and keeps undated items (NULL) last within each level.
 */
export const levelRank = (l: Level): number => LEVELS.length - 1 - LEVELS.indexOf(l);
export const levelOf = (rank: number): Level => LEVELS[LEVELS.length - 1 - rank] ?? 'low';

export const POST_TYPE_BIT: Record<PostType, number> = {
  original: 1 << POST_TYPES.indexOf('original'),
  reply: 1 << POST_TYPES.indexOf('reply'),
  quote: 1 << POST_TYPES.indexOf('quote'),
  repost: 1 << POST_TYPES.indexOf('repost'),
  long: 1 << POST_TYPES.indexOf('long'),
};
