/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** Small building blocks of the report: tags that read in black and white, and count tables with bars. */
import type { Certainty, Level } from '../../model/kinds';
import { formatCount, percentOf } from '../format';
import { LEVEL_LABELS } from '../labels';
import type { ReportCount } from '../model';

export function CertaintyTag({ certainty }: { certainty: Certainty }) {
  return certainty === 'uncertain' ? <span className="xr-tag xr-tag-uncertain">Uncertain</span> : null;
}

export function LevelTag({ level }: { level: Level }) {
  return <span className={`xr-tag xr-tag-${level}`}>{LEVEL_LABELS[level]}</span>;
}

function Bar({ value, max }: { value: number; max: number }) {
  const width = max > 0 ? (value / max) * 100 : 0;
  return (
    <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
      <rect
        width="100"
        height="6"
        fill="#fff"
        stroke="#8a8a8a"
        strokeWidth="0.5"
        vectorEffect="non-scaling-stroke"
      />
      <rect width={width} height="6" fill="#2a2a2a" />
    </svg>
  );
}

interface CountTableProps<K extends string> {
  caption: string;
  rows: Array<ReportCount<K>>;
  /** Percentages are of this number; omit for no percentage column. */
  of?: number;
}

export function CountTable<K extends string>({ caption, rows, of }: CountTableProps<K>) {
  const max = Math.max(0, ...rows.map((r) => r.count));
  return (
    <table className="xr-count-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col" className="xr-n">
            Items
          </th>
          {of !== undefined && (
            <th scope="col" className="xr-n">
              Share
            </th>
          )}
          <th scope="col">
            <span className="xr-muted">Scale</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="xr-n">{formatCount(r.count)}</td>
            {of !== undefined && <td className="xr-n">{percentOf(r.count, of)}</td>}
            <td className="xr-bar">
              <Bar value={r.count} max={max} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
