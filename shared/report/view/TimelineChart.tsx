/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * The timeline, one chart for the app and the printed report: items per month by kind (stacked bars)
 * with X's policy dates as numbered markers. The numbers refer to a list shown next to the chart.
 * Pure SVG from props, no DOM measurement, so it renders on a server (report, tests) as in the app.
 *
 * Two looks: `print` fills each kind with a black-and-white pattern (readable on a monochrome
 * printout); `screen` uses the theme's colours through CSS variables (with fallbacks). With `onMonth`,
 * each month's bar is a button that shows that month's items.
 */
import { useId, type KeyboardEvent } from 'react';
import type { ItemKind } from '../../model/kinds';
import type { TimelineBucket } from '../../model/overview';
import { formatDate, formatMonth } from '../../format/dates';
import { formatCount } from '../../format/numbers';
import { KIND_LABELS, KIND_PLURALS } from '../../format/labels';
import type { ReportPolicyEvent } from '../model';
import { kindColor } from './kind-colors';
import { KindPatterns, patternId } from './patterns';
import {
  EARLIER_BADGE_LEFT,
  badgeLabel,
  earlierBadgeWidth,
  earlierLabel,
  layoutTimeline,
} from './timeline-layout';

export type TimelineMarker = Pick<ReportPolicyEvent, 'number' | 'date' | 'end' | 'label'>;

interface Props {
  buckets: TimelineBucket[];
  markers: TimelineMarker[];
  look?: 'print' | 'screen';
  /** Read by screen readers; a summary of the bars and dates is written when absent. */
  description?: string;
  /** Makes each month's bar a button. */
  onMonth?(month: string): void;
  width?: number;
  plotHeight?: number;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
const LEGEND_ROW = 18;
const CHAR_WIDTH = 6.4;

interface Palette {
  text: string;
  muted: string;
  grid: string;
  axis: string;
  marker: string;
  markerFill: string;
  markerText: string;
  band: string;
  fill(kind: ItemKind, prefix: string): string;
  stroke: string;
}

const PRINT: Palette = {
  text: '#1a1a1a',
  muted: '#333',
  grid: '#c8c8c8',
  axis: '#1a1a1a',
  marker: '#1a1a1a',
  markerFill: '#fff',
  markerText: '#1a1a1a',
  band: '#e6e6e6',
  fill: (kind, prefix) => `url(#${patternId(prefix, kind)})`,
  stroke: '#1a1a1a',
};

const SCREEN: Palette = {
  text: 'var(--chart-text, #333)',
  muted: 'var(--chart-muted, #666)',
  grid: 'var(--chart-grid, #ddd)',
  axis: 'var(--chart-muted, #666)',
  marker: 'var(--chart-marker, #b42318)',
  markerFill: 'var(--chart-marker, #b42318)',
  markerText: 'var(--chart-marker-text, #fff)',
  band: 'var(--chart-band, rgba(180, 35, 24, 0.08))',
  fill: (kind) => kindColor(kind),
  stroke: 'none',
};

export function TimelineChart({
  buckets,
  markers,
  look = 'print',
  description,
  onMonth,
  width = look === 'print' ? 700 : 680,
  plotHeight = look === 'print' ? 170 : 150,
}: Props) {
  const prefix = `xt${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const palette = look === 'print' ? PRINT : SCREEN;
  const frame = { width, left: 46, right: 10, top: 52, plotHeight };
  const layout = layoutTimeline(buckets, markers, frame);
  const plotBottom = frame.top + plotHeight;
  const legendTop = plotBottom + (layout.xTicks.length > 0 ? 38 : 24);
  const totalsByKind = new Map(
    layout.kinds.map((k) => [k, buckets.reduce((sum, b) => sum + (b.counts[k] ?? 0), 0)]),
  );
  const legend = legendPositions(
    layout.kinds.map((kind) => ({
      kind,
      label: `${KIND_PLURALS[kind]} (${formatCount(totalsByKind.get(kind) ?? 0)})`,
    })),
    frame.left,
    width - frame.right,
  );
  const legendRows = Math.max(1, ...legend.map((l) => l.row + 1));
  const height = legendTop + legendRows * LEGEND_ROW;
  const byNumber = new Map(markers.map((m) => [m.number, m]));
  const earlier = layout.earlier.flatMap((n) => byNumber.get(n) ?? []);
  const interactive = onMonth !== undefined;
  const titleText = 'Your items per month, with X’s AI-training policy dates';

  return (
    <svg
      className="timeline-chart"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role={interactive ? 'group' : 'img'}
      aria-labelledby={`${prefix}-title ${prefix}-desc`}
      fontFamily={FONT}
      fontSize={look === 'print' ? 10 : 11}
    >
      <title id={`${prefix}-title`}>{titleText}</title>
      <desc id={`${prefix}-desc`}>{description ?? describe(buckets, markers, layout.bars)}</desc>
      {look === 'print' && <KindPatterns prefix={prefix} />}

      {layout.bands.map((band) => (
        <rect
          key={`band-${band.number}`}
          x={band.x1}
          y={frame.top}
          width={Math.max(1, band.x2 - band.x1)}
          height={plotHeight}
          style={{ fill: palette.band }}
        />
      ))}

      {layout.yTicks.map((t) => (
        <g key={`y-${t.value}`}>
          <line
            x1={frame.left}
            x2={width - frame.right}
            y1={t.y}
            y2={t.y}
            style={{ stroke: palette.grid }}
            strokeWidth={0.8}
          />
          <text x={frame.left - 5} y={t.y + 4} textAnchor="end" style={{ fill: palette.muted }}>
            {formatCount(t.value)}
          </text>
        </g>
      ))}

      {layout.bars.map((bar) => {
        const counts = buckets.find((b) => b.month === bar.month)?.counts ?? {};
        const label = `${formatMonth(bar.month)}: ${formatCount(bar.total)} ${bar.total === 1 ? 'item' : 'items'}`;
        const segments = bar.segments.map((s) => (
          <rect
            key={s.kind}
            x={bar.x}
            y={s.y}
            width={bar.width}
            height={Math.max(0.5, s.height)}
            style={{ fill: palette.fill(s.kind, prefix), stroke: palette.stroke }}
            strokeWidth={bar.width > 3 ? 0.4 : 0}
          >
            <title>{segmentTitle(bar.month, s.kind, counts[s.kind] ?? 0)}</title>
          </rect>
        ));
        if (!interactive) return <g key={bar.month}>{segments}</g>;
        const open = () => onMonth(bar.month);
        return (
          <g
            key={bar.month}
            className="timeline-bar"
            role="button"
            tabIndex={0}
            aria-label={`${label}. Show them`}
            onClick={open}
            onKeyDown={(e: KeyboardEvent) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                open();
              }
            }}
          >
            <rect
              className="timeline-bar-hit"
              x={bar.x - 1}
              y={frame.top}
              width={bar.width + 2}
              height={plotHeight}
              style={{ fill: 'transparent' }}
            />
            {segments}
          </g>
        );
      })}

      <line
        x1={frame.left}
        x2={width - frame.right}
        y1={plotBottom}
        y2={plotBottom}
        style={{ stroke: palette.axis }}
      />
      {layout.xTicks.map((t) => (
        <g key={`x-${t.label}`}>
          <line x1={t.x} x2={t.x} y1={plotBottom} y2={plotBottom + 4} style={{ stroke: palette.axis }} />
          <text x={t.x} y={plotBottom + 16} textAnchor="middle" style={{ fill: palette.muted }}>
            {t.label}
          </text>
        </g>
      ))}

      {earlier.length > 0 && (
        <g>
          <title>{`Before your first dated item: ${earlier.map((m) => `${m.number}. ${formatDate(m.date)} ${m.label}`).join('; ')}`}</title>
          <rect
            x={frame.left + EARLIER_BADGE_LEFT}
            y={3}
            width={earlierBadgeWidth(layout.earlier)}
            height={15}
            rx={7.5}
            style={{ fill: palette.markerFill, stroke: palette.marker }}
            strokeWidth={0.9}
          />
          <text
            x={frame.left + 3}
            y={14}
            fontSize={look === 'print' ? 8.5 : 10}
            fontWeight={700}
            style={{ fill: palette.markerText }}
          >
            {earlierLabel(layout.earlier)}
          </text>
        </g>
      )}

      {/* Lines first, then every badge over them, so no line crosses a badge's number. */}
      {layout.markers.map((m) => {
        const cy = badgeY(m.row);
        const run = m.numbers.length > 1;
        // A run's dashed lines hang from a bracket under its badge.
        const hang = run ? cy + 10 : cy + 6;
        const first = m.lines[0]!;
        const last = m.lines[m.lines.length - 1]!;
        const stroke = look === 'print' ? 0.9 : 1.25;
        return (
          <g key={`lines-${m.numbers[0]}`}>
            {m.lines.map((x, i) => (
              <line
                key={`l-${m.numbers[i]}`}
                x1={x}
                x2={x}
                y1={hang}
                y2={plotBottom}
                style={{ stroke: palette.marker }}
                strokeWidth={stroke}
                strokeDasharray="3 2"
              />
            ))}
            {run && (
              <path
                d={`M${Math.min(first, m.x - 3)} ${hang} H${Math.max(last, m.x + 3)} M${m.x} ${cy + 6} V${hang}`}
                style={{ stroke: palette.marker, fill: 'none' }}
                strokeWidth={stroke}
              />
            )}
          </g>
        );
      })}
      {layout.markers.map((m) => {
        const cy = badgeY(m.row);
        const run = m.numbers.length > 1;
        const dates = m.numbers.flatMap((n) => byNumber.get(n) ?? []);
        return (
          <g key={`m-${m.numbers[0]}`}>
            {run && (
              <title>{`${m.numbers.length} policy dates close together: ${dates.map((d) => `${d.number}. ${formatDate(d.date)} ${d.label}`).join('; ')}`}</title>
            )}
            {run ? (
              <rect
                x={m.x - m.width / 2}
                y={cy - 6.5}
                width={m.width}
                height={13}
                rx={6.5}
                style={{ fill: palette.markerFill, stroke: palette.marker }}
                strokeWidth={0.9}
              />
            ) : (
              <circle
                cx={m.x}
                cy={cy}
                r={6.5}
                style={{ fill: palette.markerFill, stroke: palette.marker }}
                strokeWidth={0.9}
              />
            )}
            <text
              x={m.x}
              y={cy + 3.4}
              textAnchor="middle"
              fontSize={look === 'print' ? 8.5 : 9.5}
              fontWeight={700}
              style={{ fill: palette.markerText }}
            >
              {badgeLabel(m.numbers)}
            </text>
          </g>
        );
      })}

      {legend.map((l) => (
        <g key={`legend-${l.kind}`}>
          <rect
            x={l.x}
            y={legendTop + l.row * LEGEND_ROW - 10}
            width={14}
            height={11}
            rx={look === 'print' ? 0 : 2}
            style={{ fill: palette.fill(l.kind, prefix), stroke: palette.stroke }}
            strokeWidth={0.6}
          />
          <text x={l.x + 19} y={legendTop + l.row * LEGEND_ROW} style={{ fill: palette.text }}>
            {l.label}
          </text>
        </g>
      ))}
      {layout.kinds.length === 0 && (
        <text x={frame.left} y={legendTop} style={{ fill: palette.muted }}>
          No dated items in this archive.
        </text>
      )}
    </svg>
  );
}

/** The centre line of a row of badges above the plot. */
function badgeY(row: number): number {
  return 10 + row * 14;
}

/** Legend entries side by side, wrapping to a new row; widths estimated from the label length. */
function legendPositions(entries: Array<{ kind: ItemKind; label: string }>, left: number, right: number) {
  let x = left;
  let row = 0;
  return entries.map((e) => {
    const w = 19 + e.label.length * CHAR_WIDTH + 16;
    if (x + w > right && x > left) {
      x = left;
      row += 1;
    }
    const placed = { ...e, x, row };
    x += w;
    return placed;
  });
}

function segmentTitle(month: string, kind: ItemKind, count: number): string {
  return `${formatMonth(month)}: ${formatCount(count)} ${(count === 1 ? KIND_LABELS : KIND_PLURALS)[kind].toLowerCase()}`;
}

function describe(
  buckets: TimelineBucket[],
  markers: TimelineMarker[],
  bars: Array<{ month: string; total: number }>,
): string {
  const total = bars.reduce((sum, b) => sum + b.total, 0);
  const dates = markers
    .map(
      (m) =>
        `${m.number}: ${m.end ? `${formatDate(m.date)} – ${formatDate(m.end)}` : formatDate(m.date)} ${m.label}`,
    )
    .join('; ');
  const first = bars[0];
  const last = bars[bars.length - 1];
  if (!first || !last || buckets.length === 0) return `No dated items to show. Policy dates: ${dates}.`;
  const peak = bars.reduce((best, b) => (b.total > best.total ? b : best), first);
  return `${formatCount(total)} dated items from ${formatMonth(first.month)} to ${formatMonth(last.month)}; busiest month ${formatMonth(peak.month)} with ${formatCount(peak.total)}. Policy dates: ${dates}.`;
}
