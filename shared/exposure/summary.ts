/**
 * Aggregation for the archive summary's `exposure` block: channel, level and flag counts count items
 * of every kind; visibility counts posts (posts, community posts, deleted posts) by their state when created.
 */
import { CHANNELS, FLAGS, LEVELS, type ItemKind } from '../model/kinds';
import type { ExposureSummary } from '../model/summary';
import { isPostKind } from './channels';
import type { Classification } from './types';

export function emptyExposureSummary(): ExposureSummary {
  return {
    channels: Object.fromEntries(CHANNELS.map((c) => [c, 0])) as ExposureSummary['channels'],
    visibility: { public: 0, protected: 0, assumedPublic: 0, circle: 0 },
    levels: Object.fromEntries(LEVELS.map((l) => [l, 0])) as ExposureSummary['levels'],
    flags: Object.fromEntries(FLAGS.map((f) => [f, 0])) as ExposureSummary['flags'],
  };
}

export type SummarisedItem = Pick<Classification, 'channels' | 'flags' | 'level' | 'visibility'>;

/** Adds one classified item to the running totals (mutates `summary`). */
export function addToExposureSummary(summary: ExposureSummary, kind: ItemKind, item: SummarisedItem): void {
  for (const channel of item.channels) summary.channels[channel]++;
  for (const flag of item.flags) summary.flags[flag]++;
  summary.levels[item.level]++;
  if (isPostKind(kind) && item.visibility !== 'private') summary.visibility[item.visibility]++;
}

export function summariseExposure(items: Iterable<{ kind: ItemKind } & SummarisedItem>): ExposureSummary {
  const summary = emptyExposureSummary();
  for (const item of items) addToExposureSummary(summary, item.kind, item);
  return summary;
}
