/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * The report's timeline: items per month by kind (patterned stacked bars) with X's policy dates as
 * numbered markers; the numbers refer to the list printed under the chart. Pure SVG from props.
 */
import { useId } from 'react';
import type { TimelineBucket } from '../../model/overview';
import { formatCount } from '../format';
import { KIND_PLURALS } from '../labels';
import type { ReportPolicyEvent } from '../model';
import { KindPatterns, patternId } from './patterns';
import { layoutTimeline } from './timeline-layout';

const WIDTH = 700;
const FRAME = { width: WIDTH, left: 46, right: 10, top: 52, plotHeight: 170 };
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
const LEGEND_ROW = 16;
const LEGEND_COLUMNS = 4;

interface Props {
  buckets: TimelineBucket[];
  events: ReportPolicyEvent[];
  description: string;
}

export function TimelineChart({ buckets, events, description }: Props) {
  const prefix = `xr${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const layout = layoutTimeline(buckets, events, FRAME);
  const plotBottom = FRAME.top + FRAME.plotHeight;
  const legendTop = plotBottom + 36;
  const legendRows = Math.max(1, Math.ceil(layout.kinds.length / LEGEND_COLUMNS));
  const height = legendTop + legendRows * LEGEND_ROW + 4;
  const columnWidth = (WIDTH - FRAME.left) / LEGEND_COLUMNS;
  const totalsByKind = new Map(
    layout.kinds.map((k) => [k, buckets.reduce((sum, b) => sum + (b.counts[k] ?? 0), 0)]),
  );

  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${prefix}-title ${prefix}-desc`}
      fontFamily={FONT}
      fontSize="10"
    >
      <title id={`${prefix}-title`}>Your items per month, with X’s AI-training policy dates</title>
      <desc id={`${prefix}-desc`}>{description}</desc>
      <KindPatterns prefix={prefix} />
      {layout.bands.map((band) => (
        <rect
          key={`band-${band.number}`}
          x={band.x1}
          y={FRAME.top}
          width={Math.max(1, band.x2 - band.x1)}
          height={FRAME.plotHeight}
          fill="#e6e6e6"
        />
      ))}
      {layout.yTicks.map((t) => (
        <g key={`y-${t.value}`}>
          <line
            x1={FRAME.left}
            x2={WIDTH - FRAME.right}
            y1={t.y}
            y2={t.y}
            stroke="#c8c8c8"
            strokeWidth="0.6"
          />
          <text x={FRAME.left - 5} y={t.y + 3.5} textAnchor="end" fill="#333">
            {formatCount(t.value)}
          </text>
        </g>
      ))}
      {layout.bars.map((bar) =>
        bar.segments.map((s) => (
          <rect
            key={`${bar.month}-${s.kind}`}
            x={bar.x}
            y={s.y}
            width={bar.width}
            height={Math.max(0.4, s.height)}
            fill={`url(#${patternId(prefix, s.kind)})`}
            stroke="#1a1a1a"
            strokeWidth={bar.width > 3 ? 0.4 : 0}
          />
        )),
      )}
      <line x1={FRAME.left} x2={WIDTH - FRAME.right} y1={plotBottom} y2={plotBottom} stroke="#1a1a1a" />
      {layout.xTicks.map((t) => (
        <g key={`x-${t.label}`}>
          <line x1={t.x} x2={t.x} y1={plotBottom} y2={plotBottom + 4} stroke="#1a1a1a" />
          <text x={t.x} y={plotBottom + 15} textAnchor="middle" fill="#333">
            {t.label}
          </text>
        </g>
      ))}
      {layout.markers.map((m) => {
        const cy = 10 + m.row * 14;
        return (
          <g key={`m-${m.number}`}>
            <line
              x1={m.x}
              x2={m.x}
              y1={cy + 6}
              y2={plotBottom}
              stroke="#1a1a1a"
              strokeWidth="0.9"
              strokeDasharray="3 2"
            />
            <circle cx={m.x} cy={cy} r="6" fill="#fff" stroke="#1a1a1a" strokeWidth="0.9" />
            <text x={m.x} y={cy + 3.2} textAnchor="middle" fontSize="8.5" fontWeight="700" fill="#1a1a1a">
              {m.number}
            </text>
          </g>
        );
      })}
      {layout.kinds.map((kind, i) => {
        const x = FRAME.left + (i % LEGEND_COLUMNS) * columnWidth;
        const y = legendTop + Math.floor(i / LEGEND_COLUMNS) * LEGEND_ROW;
        return (
          <g key={`legend-${kind}`}>
            <rect
              x={x}
              y={y - 9}
              width="14"
              height="10"
              fill={`url(#${patternId(prefix, kind)})`}
              stroke="#1a1a1a"
              strokeWidth="0.6"
            />
            <text x={x + 19} y={y} fill="#1a1a1a">
              {KIND_PLURALS[kind]} ({formatCount(totalsByKind.get(kind) ?? 0)})
            </text>
          </g>
        );
      })}
      {layout.kinds.length === 0 && (
        <text x={FRAME.left} y={legendTop} fill="#333">
          No dated items in this archive.
        </text>
      )}
    </svg>
  );
}
