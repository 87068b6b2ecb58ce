/**
 * Geometry of the timeline chart (app and report): stacked monthly bars and numbered policy markers.
 * The axis starts at the person's first dated activity; policy dates before it are not spread over
 * empty years but collapsed into one marker at the start (`earlier`). Pure numbers.
 */
import { ITEM_KINDS, type ItemKind } from '../../model/kinds';
import { formatMonth } from '../../format/dates';
import type { TimelineBucket } from '../../model/overview';
import type { ReportPolicyEvent } from '../model';

/** What the layout needs of a policy date. */
export type TimelineEvent = Pick<ReportPolicyEvent, 'number' | 'date' | 'end'>;

export interface Frame {
  width: number;
  left: number;
  right: number;
  top: number;
  plotHeight: number;
}

export interface Segment {
  kind: ItemKind;
  y: number;
  height: number;
}

export interface Bar {
  month: string;
  x: number;
  width: number;
  total: number;
  segments: Segment[];
}

export interface Marker {
  /**
   * The policy dates this badge stands for: one, or a run of dates too close together to tell apart
   * at this width (their badges would overlap), shown as one badge "7–12".
   */
  numbers: number[];
  /** Where each of those dates falls: one dashed line each. */
  lines: number[];
  /** The badge's centre. */
  x: number;
  /** The badge's width: a circle for one date, a pill for a run. */
  width: number;
  /** 0, 1 or 2: badges that would overlap move down a row. */
  row: number;
}

export interface TimelineLayout {
  bars: Bar[];
  kinds: ItemKind[];
  maxTotal: number;
  yTicks: Array<{ value: number; y: number }>;
  xTicks: Array<{ label: string; x: number }>;
  markers: Marker[];
  /** The EU Grok window (a period event), as a shaded band. */
  bands: Array<{ number: number; x1: number; x2: number }>;
  /** Numbers of the policy dates that fall before the first dated item, drawn as one marker at the start. */
  earlier: number[];
}

/** A one-date badge is a circle this wide; closer dates than this share one badge. */
const BADGE = 13;
/** A run badge's width per character of its label ("7–12"), and its padding. */
const BADGE_CHAR = 6;
const BADGE_PAD = 10;
/** A run never spans more than this, so its badge stays over the dates it stands for. */
const MAX_RUN = 30;
const ROWS = 3;

/** "◀ 1–3" or "◀ 1, 3": the badge of the dates before the first dated item. */
export function earlierLabel(numbers: number[]): string {
  const consecutive = numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  return `◀ ${consecutive && numbers.length > 2 ? `${numbers[0]}–${numbers[numbers.length - 1]}` : numbers.join(', ')}`;
}

/** The earlier dates' badge starts just left of the plot, this wide. */
export const EARLIER_BADGE_LEFT = -4;
export function earlierBadgeWidth(numbers: number[]): number {
  return earlierLabel(numbers).length * 6.5 + 14;
}

/** "7" or "7–12": the label of a badge. */
export function badgeLabel(numbers: number[]): string {
  return numbers.length === 1 ? String(numbers[0]) : `${numbers[0]}–${numbers[numbers.length - 1]}`;
}

/**
 * Consecutive dates closer than a badge's width join one run, up to MAX_RUN wide; the dates are in date
 * order, so a run's numbers follow each other.
 */
function groupClose(points: Array<{ number: number; x: number }>): Array<Pick<Marker, 'numbers' | 'lines'>> {
  const runs: Array<Pick<Marker, 'numbers' | 'lines'>> = [];
  for (const p of points) {
    const run = runs[runs.length - 1];
    const lastX = run?.lines[run.lines.length - 1];
    if (run && lastX !== undefined && p.x - lastX < BADGE && p.x - run.lines[0]! <= MAX_RUN) {
      run.numbers.push(p.number);
      run.lines.push(p.x);
    } else runs.push({ numbers: [p.number], lines: [p.x] });
  }
  return runs;
}

/**
 * Each badge, centred over its dates (inside the chart), takes the first of three rows where it clears the badge before
 * it; when none is free, the row whose last badge ends furthest left.
 */
function placeBadges(
  runs: Array<Pick<Marker, 'numbers' | 'lines'>>,
  firstRowStart: number,
  chartWidth: number,
): Marker[] {
  const rowEnds = Array.from({ length: ROWS }, (_, i) => (i === 0 ? firstRowStart : -Infinity));
  return runs.map(({ numbers, lines }) => {
    const width = numbers.length === 1 ? BADGE : badgeLabel(numbers).length * BADGE_CHAR + BADGE_PAD;
    // Over the middle of its dates, but never cut off by the chart's edge.
    const middle = (lines[0]! + lines[lines.length - 1]!) / 2;
    const x = Math.min(Math.max(middle, 1 + width / 2), chartWidth - 1 - width / 2);
    const left = x - width / 2;
    let row = rowEnds.findIndex((end) => left - end >= 1);
    if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = x + width / 2;
    return { numbers, lines, x, width, row };
  });
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOf(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** 1, 2, 2.5, 5 times a power of ten, so the axis reads in round numbers. */
function niceStep(max: number, ticks: number): number {
  const raw = Math.max(1, max / ticks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  return Math.max(1, Math.ceil(step));
}

export function layoutTimeline(
  buckets: TimelineBucket[],
  allEvents: TimelineEvent[],
  frame: Frame,
): TimelineLayout {
  const plotWidth = frame.width - frame.left - frame.right;
  const plotBottom = frame.top + frame.plotHeight;
  const dated = buckets.filter((b) => /^\d{4}-\d{2}$/.test(b.month));
  const firstActivity = dated.length > 0 ? Math.min(...dated.map((b) => monthIndex(b.month))) : null;
  const lastIndexOf = (e: TimelineEvent) => monthIndex(e.end ?? e.date);
  const isEarlier = (e: TimelineEvent) => firstActivity !== null && lastIndexOf(e) < firstActivity;
  const earlier = allEvents.filter(isEarlier).map((e) => e.number);
  const events = allEvents.filter((e) => !isEarlier(e));
  const indexes = [
    ...dated.map((b) => monthIndex(b.month)),
    ...events.flatMap((e) => [lastIndexOf(e), ...(firstActivity === null ? [monthIndex(e.date)] : [])]),
  ];
  const first = Math.min(...indexes);
  const last = Math.max(...indexes);
  const span = Number.isFinite(first) ? last - first + 1 : 1;
  const slot = plotWidth / span;
  const xOfMonth = (index: number): number => frame.left + (index - first) * slot;
  const xOfDate = (iso: string): number => {
    const day = Number(iso.slice(8, 10)) || 1;
    return Math.max(frame.left, xOfMonth(monthIndex(iso)) + ((day - 1) / 31) * slot);
  };

  const byMonth = new Map(dated.map((b) => [b.month, b]));
  const kinds = ITEM_KINDS.filter((k) => dated.some((b) => (b.counts[k] ?? 0) > 0));
  const totals = dated.map((b) => kinds.reduce((sum, k) => sum + (b.counts[k] ?? 0), 0));
  const step = niceStep(Math.max(0, ...totals), 4);
  const maxTotal = Math.max(step, Math.ceil(Math.max(0, ...totals) / step) * step);
  const scale = frame.plotHeight / maxTotal;

  const bars: Bar[] = [];
  for (let i = first; Number.isFinite(first) && i <= last; i += 1) {
    const bucket = byMonth.get(monthOf(i));
    if (!bucket) continue;
    let y = plotBottom;
    const segments: Segment[] = [];
    for (const kind of kinds) {
      const count = bucket.counts[kind] ?? 0;
      if (count === 0) continue;
      const height = count * scale;
      y -= height;
      segments.push({ kind, y, height });
    }
    const total = kinds.reduce((sum, k) => sum + (bucket.counts[k] ?? 0), 0);
    bars.push({
      month: bucket.month,
      x: xOfMonth(i) + slot * 0.1,
      width: Math.max(0.6, slot * 0.8),
      total,
      segments,
    });
  }

  const yTicks = [];
  for (let v = 0; v <= maxTotal; v += step) yTicks.push({ value: v, y: plotBottom - v * scale });

  const xTicks = [];
  if (span <= 18) {
    // A short history: label months (every one, or every third), so the axis is never bare.
    const every = span <= 9 ? 1 : 3;
    for (let i = first; Number.isFinite(first) && i <= last; i += every)
      xTicks.push({ label: formatMonth(monthOf(i)), x: xOfMonth(i) + slot / 2 });
  } else {
    const years = Math.ceil(span / 12) + 1;
    const yearEvery = years > 16 ? 4 : years > 8 ? 2 : 1;
    for (let i = first; Number.isFinite(first) && i <= last; i += 1) {
      const year = Math.floor(i / 12);
      if (i % 12 === 0 && year % yearEvery === 0) xTicks.push({ label: String(year), x: xOfMonth(i) });
    }
  }

  const markers = placeBadges(
    groupClose(events.map((e) => ({ number: e.number, x: xOfDate(e.date) }))),
    earlier.length > 0 ? frame.left + EARLIER_BADGE_LEFT + earlierBadgeWidth(earlier) : -Infinity,
    frame.width,
  );
  const bands = events
    .filter((e) => e.end)
    .map((e) => ({ number: e.number, x1: xOfDate(e.date), x2: xOfDate(e.end!) }));

  return { bars, kinds, maxTotal, yTicks, xTicks, markers, bands, earlier };
}
