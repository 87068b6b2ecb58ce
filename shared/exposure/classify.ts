/**
 * The exposure model's entry point: per item, which channels reach it (with reasons naming policy
 * facts), how visible it was, what sensitive data it carries (with evidence), and its level.
 * Called about a million times per large import: everything reusable is compiled at module load.
 */
import { FLAGS, type Channel, type Flag } from '../model/kinds';
import type { FlagEvidence } from '../model/items';
import { assessChannels, itemTiming } from './channels';
import { compileContext } from './context';
import { DETECTORS } from './detectors';
import type { DetectContext } from './detectors/detector';
import { levelFor } from './level';
import type { Classification, ClassifyContext, ClassifyInput } from './types';

const NO_FLAGS: Flag[] = Object.freeze([]) as unknown as Flag[];
const NO_EVIDENCE: FlagEvidence[] = Object.freeze([]) as unknown as FlagEvidence[];
const FLAG_ORDER = new Map<Flag, number>(FLAGS.map((f, i) => [f, i]));

export function detectFlags(input: ClassifyInput, ctx: DetectContext = {}): FlagEvidence[] {
  const found: FlagEvidence[] = [];
  for (const detect of DETECTORS) detect(input, found, ctx);
  if (found.length === 0) return NO_EVIDENCE;
  if (found.length === 1) return found;
  return found.sort((a, b) => (FLAG_ORDER.get(a.flag) ?? 0) - (FLAG_ORDER.get(b.flag) ?? 0));
}

export function classifyItem(input: ClassifyInput, ctx: ClassifyContext): Classification {
  const timing = itemTiming(input, compileContext(ctx));
  const { channels, channelReasons } = assessChannels(timing.situation);
  const flagEvidence = detectFlags(input, ctx);
  const flags = flagEvidence.length === 0 ? NO_FLAGS : flagEvidence.map((e) => e.flag);
  const { level, reason } = levelFor(channels, flags);
  return {
    channels: channels as Channel[],
    channelReasons: channelReasons as Classification['channelReasons'],
    flags,
    flagEvidence,
    level,
    levelReason: reason,
    visibility: timing.visibility,
    publicSinceCutoff: timing.publicSinceCutoff,
  };
}
