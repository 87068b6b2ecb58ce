/** Pure geometry for the timeline chart: month domain, stacked bars, ticks and policy markers. */
import { ITEM_KINDS, type ItemKind } from '../../../shared/model/kinds';
import type { TimelineBucket } from '../../../shared/model/overview';

export interface MarkerInput {
  id: string;
  /** yyyy-mm-dd */
  date: string;
  end?: string;
  label: string;
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface BarSegment {
  kind: ItemKind;
  x: number;
  y: number;
  width: number;
  height: number;
  count: number;
}

export interface TimelineLayout {
  kinds: ItemKind[];
  bars: Array<{ month: string; total: number; segments: BarSegment[] }>;
  yTicks: Array<{ value: number; y: number }>;
  xTicks: Array<{ label: string; x: number }>;
  markers: Array<{
    number: number;
    id: string;
    label: string;
    date: string;
    end?: string;
    x: number;
    x2?: number;
  }>;
  maxTotal: number;
}

export function monthIndex(month: string): number {
  const [y, m] = month.split('-');
  return Number(y) * 12 + Number(m) - 1;
}

/** Position inside the month of a yyyy-mm-dd date, as a fractional month index. */
export function dateIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return (y ?? 0) * 12 + (m ?? 1) - 1 + ((d ?? 1) - 1) / 31;
}

/** 1, 2, 5 × 10^n steps giving at most `maxTicks` ticks above zero. */
export function niceStep(max: number, maxTicks = 4): number {
  if (max <= 0) return 1;
  const raw = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return Math.max(1, m * power);
  return Math.max(1, 10 * power);
}

export function layoutTimeline(
  buckets: TimelineBucket[],
  markers: MarkerInput[],
  frame: Frame,
): TimelineLayout {
  const dated = buckets.filter((b) => /^\d{4}-\d{2}$/.test(b.month));
  const kinds = ITEM_KINDS.filter((k) => dated.some((b) => (b.counts[k] ?? 0) > 0));
  const indexes = [
    ...dated.map((b) => monthIndex(b.month)),
    ...markers.flatMap((m) => [
      Math.floor(dateIndex(m.date)),
      ...(m.end ? [Math.floor(dateIndex(m.end))] : []),
    ]),
  ];
  const first = indexes.length ? Math.min(...indexes) : 0;
  const last = indexes.length ? Math.max(...indexes) : 0;
  const months = last - first + 1;
  const plotWidth = frame.width - frame.left - frame.right;
  const plotHeight = frame.height - frame.top - frame.bottom;
  const slot = plotWidth / months;
  const xOf = (index: number) => frame.left + (index - first) * slot;

  const totals = dated.map((b) => kinds.reduce((sum, k) => sum + (b.counts[k] ?? 0), 0));
  const rawMax = Math.max(0, ...totals);
  const step = niceStep(rawMax);
  const maxTotal = Math.max(step, Math.ceil(rawMax / step) * step);
  const yOf = (value: number) => frame.top + plotHeight - (value / maxTotal) * plotHeight;

  const barWidth = Math.max(1, slot * 0.8);
  const bars = dated.map((bucket, i) => {
    const x = xOf(monthIndex(bucket.month)) + (slot - barWidth) / 2;
    let base = 0;
    const segments: BarSegment[] = [];
    for (const kind of kinds) {
      const count = bucket.counts[kind] ?? 0;
      if (count <= 0) continue;
      const y = yOf(base + count);
      segments.push({ kind, x, y, width: barWidth, height: yOf(base) - y, count });
      base += count;
    }
    return { month: bucket.month, total: totals[i] ?? 0, segments };
  });

  const yTicks = [];
  for (let value = 0; value <= maxTotal; value += step) yTicks.push({ value, y: yOf(value) });

  const years = Math.ceil(months / 12);
  const yearStep = years > 24 ? 5 : years > 12 ? 2 : 1;
  const xTicks = [];
  for (let index = first; index <= last; index++) {
    const year = Math.floor(index / 12);
    if (index % 12 === 0 && year % yearStep === 0) xTicks.push({ label: String(year), x: xOf(index) });
  }
  if (xTicks.length === 0) xTicks.push({ label: String(Math.floor(first / 12)), x: xOf(first) });

  const sorted = [...markers].sort((a, b) => a.date.localeCompare(b.date));
  const placed = sorted.map((m, i) => ({
    number: i + 1,
    id: m.id,
    label: m.label,
    date: m.date,
    ...(m.end ? { end: m.end, x2: xOf(dateIndex(m.end)) } : {}),
    x: xOf(dateIndex(m.date)),
  }));

  return { kinds, bars, yTicks, xTicks, markers: placed, maxTotal };
}
