/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** The comparison of two archives per count, one table for the app and the printed report. */
import { formatCount } from '../../format/numbers';
import { COMPARISON_COLUMNS } from '../comparison';
import type { ReportComparisonRow } from '../model';

interface Props {
  rows: ReportComparisonRow[];
  caption: string;
  /** How the newer archive is called: "Newer archive", or "This archive" in its own report. */
  newerHeading?: string;
  /** The host's table and number-cell classes (the report and the app style tables differently). */
  tableClass: string;
  numClass: string;
}

export function ComparisonTable({ rows, caption, newerHeading, tableClass, numClass }: Props) {
  return (
    <table className={tableClass}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          {COMPARISON_COLUMNS.map(([key, label]) => (
            <th key={key} scope="col" className={numClass}>
              {key === 'newer' && newerHeading ? newerHeading : label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            {COMPARISON_COLUMNS.map(([key]) => (
              <td key={key} className={numClass}>
                {formatCount(r[key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
