/**
 * Items per month by kind, stacked, with X's policy dates marked and numbered. Pure SVG from props:
 * no DOM measurement, no effects and no stylesheet needed, so the printed report renders it too.
 */
import { useId } from 'react';
import type { TimelineBucket } from '../../../shared/model/overview';
import { POLICY_TIMELINE } from '../../../shared/exposure/policy-timeline';
import { kindColor } from './kind-colors';
import { layoutTimeline, type MarkerInput } from './timeline-layout';
import { KIND_LABELS, KIND_PLURALS } from '../format/labels';
import { formatCount, formatDate, formatMonth } from '../format/numbers';

interface Props {
  buckets: TimelineBucket[];
  /** Defaults to X's policy timeline. */
  markers?: MarkerInput[];
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

export const DEFAULT_MARKERS: MarkerInput[] = POLICY_TIMELINE.map((e) => ({
  id: e.id,
  date: e.date,
  label: e.label,
  ...(e.end ? { end: e.end } : {}),
}));

export function TimelineChart({
  buckets,
  markers = DEFAULT_MARKERS,
  title = 'Your items per month, with X’s AI-training policy dates',
  width = 900,
  plotHeight = 220,
}: Props) {
  const id = useId();
  const frame = { width, height: plotHeight + 50, left: 56, right: 16, top: 26, bottom: 24 };
  const layout = layoutTimeline(buckets, markers, frame);
  const plotBottom = frame.height - frame.bottom;
  const kindsLegendY = frame.height + 8;
  const markersLegendY = kindsLegendY + LEGEND_ROW + 10;
  const height = markersLegendY + layout.markers.length * LEGEND_ROW + 4;
  const total = layout.bars.reduce((sum, b) => sum + b.total, 0);
  const peak = layout.bars.reduce((best, b) => (b.total > (best?.total ?? -1) ? b : best), layout.bars[0]);
  const description =
    layout.bars.length === 0
      ? 'No dated items to show.'
      : `${formatCount(total)} dated items from ${formatMonth(layout.bars[0]!.month)} to ${formatMonth(
          layout.bars[layout.bars.length - 1]!.month,
        )}; busiest month ${peak ? `${formatMonth(peak.month)} with ${formatCount(peak.total)}` : 'none'}. Policy dates: ${layout.markers
          .map((m) => `${formatDate(m.date)} ${m.label}`)
          .join('; ')}.`;

  // Marker badges that would overlap move to a second or third row.
  let lastX = -Infinity;
  let row = 0;
  const badges = layout.markers.map((m) => {
    row = m.x - lastX < 16 ? (row + 1) % 3 : 0;
    lastX = m.x;
    return { ...m, badgeY: frame.top - 14 + row * 15 };
  });

  let legendX = frame.left;
  const kindLegend = layout.kinds.map((kind) => {
    const label = KIND_PLURALS[kind];
    const item = { kind, label, x: legendX };
    legendX += 22 + label.length * CHAR_WIDTH + 14;
    return item;
  });

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

      {badges
        .filter((m) => m.x2 !== undefined)
        .map((m) => (
          <rect
            key={`band-${m.id}`}
            x={m.x}
            y={frame.top}
            width={Math.max(1, (m.x2 ?? m.x) - m.x)}
            height={plotBottom - frame.top}
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
              x={s.x}
              y={s.y}
              width={s.width}
              height={Math.max(0.5, s.height)}
              style={{ fill: kindColor(s.kind) }}
            >
              <title>{`${formatMonth(bar.month)}: ${formatCount(s.count)} ${(s.count === 1 ? KIND_LABELS : KIND_PLURALS)[s.kind].toLowerCase()}`}</title>
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

      {badges.map((m) => (
        <g key={`m-${m.id}`}>
          <line
            x1={m.x}
            x2={m.x}
            y1={m.badgeY + 6}
            y2={plotBottom}
            style={{ stroke: MARK }}
            strokeWidth={1.25}
            strokeDasharray="4 3"
          />
          <circle cx={m.x} cy={m.badgeY} r={7} style={{ fill: MARK }} />
          <text
            x={m.x}
            y={m.badgeY + 4}
            textAnchor="middle"
            fontSize={10}
            fontWeight={700}
            style={{ fill: '#fff' }}
          >
            {m.number}
          </text>
        </g>
      ))}

      {kindLegend.map((k) => (
        <g key={`legend-${k.kind}`}>
          <rect x={k.x} y={kindsLegendY} width={14} height={14} rx={2} style={{ fill: kindColor(k.kind) }} />
          <text x={k.x + 20} y={kindsLegendY + 11} style={{ fill: TEXT }}>
            {k.label}
          </text>
        </g>
      ))}

      {layout.markers.map((m, i) => (
        <g key={`ml-${m.id}`}>
          <circle cx={frame.left + 7} cy={markersLegendY + i * LEGEND_ROW + 7} r={7} style={{ fill: MARK }} />
          <text
            x={frame.left + 7}
            y={markersLegendY + i * LEGEND_ROW + 11}
            textAnchor="middle"
            fontSize={10}
            fontWeight={700}
            style={{ fill: '#fff' }}
          >
            {m.number}
          </text>
          <text x={frame.left + 22} y={markersLegendY + i * LEGEND_ROW + 11} style={{ fill: TEXT }}>
            <tspan fontWeight={600}>
              {m.end ? `${formatDate(m.date)} – ${formatDate(m.end)}` : formatDate(m.date)}
            </tspan>
            <tspan style={{ fill: MUTED }}>{`  ${m.label}`}</tspan>
          </text>
        </g>
      ))}
    </svg>
  );
}
