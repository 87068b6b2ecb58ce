/** X's policy dates as the timeline numbers them: in date order, 1 first. */
import { POLICY_TIMELINE } from '../../exposure/policy-timeline';
import type { TimelineMarker } from './TimelineChart';

export const POLICY_MARKERS: TimelineMarker[] = [...POLICY_TIMELINE]
  .sort((a, b) => a.date.localeCompare(b.date))
  .map((e, i) => ({ number: i + 1, date: e.date, end: e.end ?? null, label: e.label }));
