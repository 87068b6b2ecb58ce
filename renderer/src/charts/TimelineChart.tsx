/**
 * The app's timeline: items per month by kind, stacked, with X's policy dates numbered and listed.
 * Same geometry as the printed report's chart (shared/report/view/timeline-layout), drawn for the
 * screen: theme colours through CSS variables (with fallbacks), no DOM measurement, no effects.
 */
import { useId } from 'react';
import type { ItemKind } from '../../../shared/model/kinds';
import type { TimelineBucket } from '../../../shared/model/overview';
import { POLICY_TIMELINE } from '../../../shared/exposure/policy-timeline';
import type { ReportPolicyEvent } from '../../../shared/report/model';
import { layoutTimeline } from '../../../shared/report/view/timeline-layout';
import { kindColor } from './kind-colors';
import { KIND_LABELS, KIND_PLURALS } from '../format/labels';
import { formatCount, formatDate, formatMonth } from '../format/numbers';

export type PolicyMarker = Pick<ReportPolicyEvent, 'number' | 'date' | 'end' | 'label'>;

interface Props {
  buckets: TimelineBucket[];
  /** Defaults to X's policy timeline. */
  markers?: PolicyMarker[];
  title?: string;
  width?: number;
  plotHeight?: number;
}

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const TEXT = 'var(--chart-text, #333)';
const MUTED = 'var(--chart-muted, #666)';
const GRID = 'var(--chart-grid, #ddd)';
const MARK = 'var(--chart-marker, #b42318)';
const BAND = 'var(--chart-band, rgba(180, 35, 24, 0.08))';
const LEGEND_ROW = 18;
const CHAR_WIDTH = 7;

export const DEFAULT_MARKERS: PolicyMarker[] = [...POLICY_TIMELINE]
  .sort((a, b) => a.date.localeCompare(b.date))
  .map((e, i) => ({ number: i + 1, date: e.date, end: e.end ?? null, label: e.label }));

export function TimelineChart({
  buckets,
  markers = DEFAULT_MARKERS,
  title = 'Your items per month, with X’s AI-training policy dates',
  width = 760,
  plotHeight = 220,
}: Props) {
  const id = useId();
  const frame = { width, left: 56, right: 16, top: 44, plotHeight };
  const events = markers.map((m) => ({ ...m, detail: '', sources: '', strength: '' }));
  const layout = layoutTimeline(buckets, events, frame);
  const plotBottom = frame.top + plotHeight;
  const kindsLegendY = plotBottom + 30;
  const markersLegendY = kindsLegendY + LEGEND_ROW + 10;
  const height = markersLegendY + markers.length * LEGEND_ROW + 4;
  const byNumber = new Map(markers.map((m) => [m.number, m]));
  const countsByMonth = new Map(buckets.map((b) => [b.month, b.counts]));

  const total = layout.bars.reduce((sum, b) => sum + b.total, 0);
  const first = layout.bars[0];
  const last = layout.bars[layout.bars.length - 1];
  const peak = layout.bars.reduce(
    (best, b) => (b.total > best.total ? b : best),
    first ?? { month: '', total: 0 },
  );
  const dates = markers.map((m) => `${formatDate(m.date)} ${m.label}`).join('; ');
  const description =
    first && last
      ? `${formatCount(total)} dated items from ${formatMonth(first.month)} to ${formatMonth(last.month)}; busiest month ${formatMonth(peak.month)} with ${formatCount(peak.total)}. Policy dates: ${dates}.`
      : `No dated items to show. Policy dates: ${dates}.`;

  // Legend entries side by side; widths estimated from the label length (no text measuring).
  const legendWidths = layout.kinds.map((kind) => 22 + KIND_PLURALS[kind].length * CHAR_WIDTH + 14);
  const kindLegend = layout.kinds.map((kind, i) => ({
    kind,
    label: KIND_PLURALS[kind],
    x: frame.left + legendWidths.slice(0, i).reduce((sum, w) => sum + w, 0),
  }));

  return (
    <svg
      className="timeline-chart"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      fontFamily={FONT}
      fontSize={12}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>

      {layout.bands.map((band) => (
        <rect
          key={`band-${band.number}`}
          x={band.x1}
          y={frame.top}
          width={Math.max(1, band.x2 - band.x1)}
          height={plotHeight}
          style={{ fill: BAND }}
        />
      ))}

      {layout.yTicks.map((t) => (
        <g key={`y-${t.value}`}>
          <line
            x1={frame.left}
            x2={width - frame.right}
            y1={t.y}
            y2={t.y}
            style={{ stroke: GRID }}
            strokeWidth={1}
          />
          <text x={frame.left - 6} y={t.y + 4} textAnchor="end" style={{ fill: MUTED }}>
            {formatCount(t.value)}
          </text>
        </g>
      ))}

      {layout.bars.map((bar) => (
        <g key={bar.month}>
          {bar.segments.map((s) => (
            <rect
              key={s.kind}
              x={bar.x}
              y={s.y}
              width={bar.width}
              height={Math.max(0.5, s.height)}
              style={{ fill: kindColor(s.kind) }}
            >
              <title>{segmentTitle(bar.month, s.kind, countsByMonth.get(bar.month)?.[s.kind] ?? 0)}</title>
            </rect>
          ))}
        </g>
      ))}

      {layout.xTicks.map((t) => (
        <g key={`x-${t.label}`}>
          <line x1={t.x} x2={t.x} y1={plotBottom} y2={plotBottom + 4} style={{ stroke: MUTED }} />
          <text x={t.x} y={plotBottom + 16} textAnchor="middle" style={{ fill: MUTED }}>
            {t.label}
          </text>
        </g>
      ))}
      <line
        x1={frame.left}
        x2={width - frame.right}
        y1={plotBottom}
        y2={plotBottom}
        style={{ stroke: MUTED }}
      />

      {layout.markers.map((m) => {
        const cy = 10 + m.row * 14;
        return (
          <g key={`m-${m.number}`}>
            <line
              x1={m.x}
              x2={m.x}
              y1={cy + 6}
              y2={plotBottom}
              style={{ stroke: MARK }}
              strokeWidth={1.25}
              strokeDasharray="4 3"
            />
            <MarkerBadge cx={m.x} cy={cy} number={m.number} />
          </g>
        );
      })}

      {kindLegend.map((k) => (
        <g key={`legend-${k.kind}`}>
          <rect x={k.x} y={kindsLegendY} width={14} height={14} rx={2} style={{ fill: kindColor(k.kind) }} />
          <text x={k.x + 20} y={kindsLegendY + 11} style={{ fill: TEXT }}>
            {k.label}
          </text>
        </g>
      ))}

      {layout.markers.map((m, i) => {
        const marker = byNumber.get(m.number);
        if (!marker) return null;
        const y = markersLegendY + i * LEGEND_ROW;
        return (
          <g key={`ml-${m.number}`}>
            <MarkerBadge cx={frame.left + 7} cy={y + 7} number={m.number} />
            <text x={frame.left + 22} y={y + 11} style={{ fill: TEXT }}>
              <tspan fontWeight={600}>
                {marker.end
                  ? `${formatDate(marker.date)} – ${formatDate(marker.end)}`
                  : formatDate(marker.date)}
              </tspan>
              <tspan style={{ fill: MUTED }}>{`  ${marker.label}`}</tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function segmentTitle(month: string, kind: ItemKind, count: number): string {
  return `${formatMonth(month)}: ${formatCount(count)} ${(count === 1 ? KIND_LABELS : KIND_PLURALS)[kind].toLowerCase()}`;
}

function MarkerBadge({ cx, cy, number }: { cx: number; cy: number; number: number }) {
  return (
    <>
      <circle cx={cx} cy={cy} r={7} style={{ fill: MARK }} />
      <text x={cx} y={cy + 4} textAnchor="middle" fontSize={10} fontWeight={700} style={{ fill: '#fff' }}>
        {number}
      </text>
    </>
  );
}
