import type { FileReport, FileStatus } from '../../../../shared/model/summary';
import { dataTypeLabel } from '../../../../shared/format/data-types';
import { FILE_STATUS_LABELS, FILE_STATUS_MEANINGS } from '../../../../shared/format/labels';
import { formatCount, plural } from '../../../../shared/format/numbers';

const STATUS_ORDER: Record<FileStatus, number> = { error: 0, missing: 1, unknown: 2, empty: 3, imported: 4 };

interface Group {
  type: string;
  status: FileStatus;
  files: FileReport[];
  records: number;
  message: string;
}

/** One row per kind of data and outcome: a person reads "Likes, imported, 1,800", not file names. */
function groups(files: FileReport[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const f of files) {
    const key = `${f.type}\u0000${f.status}`;
    const g = byKey.get(key) ?? { type: f.type, status: f.status, files: [], records: 0, message: '' };
    g.files.push(f);
    g.records += f.records;
    if (!g.message && f.message) g.message = f.message;
    byKey.set(key, g);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      dataTypeLabel(a.type).localeCompare(dataTypeLabel(b.type)),
  );
}

function what(g: Group): string {
  const label = dataTypeLabel(g.type);
  if (g.status !== 'unknown') return label;
  return `Other data “${label.toLowerCase()}” included (${plural(g.files.length, 'file', 'files')})`;
}

/** Every kind of data in the archive with what happened to it, problems first; file names under a toggle. */
export function FileReportTable({ files }: { files: FileReport[] }) {
  const rows = groups(files);
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  return (
    <>
      <div className="table-scroll">
        <table className="data-table file-table">
          <caption className="sr-only">Data in the archive and what was done with each kind</caption>
          <thead>
            <tr>
              <th scope="col">Data</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Records
              </th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((g) => (
              <tr key={`${g.type}:${g.status}`} className={`status-${g.status}`}>
                <th scope="row">{what(g)}</th>
                <td>
                  <span className={`tag tag-status-${g.status}`}>{FILE_STATUS_LABELS[g.status]}</span>
                </td>
                <td className="num">{formatCount(g.records)}</td>
                <td>{g.message || FILE_STATUS_MEANINGS[g.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <details className="file-names">
        <summary>File names ({formatCount(files.length)})</summary>
        <ul className="mono small">
          {sorted.map((f) => (
            <li key={f.path}>
              <bdi>{f.path}</bdi>{' '}
              <span className="muted">({FILE_STATUS_LABELS[f.status].toLowerCase()})</span>
            </li>
          ))}
        </ul>
      </details>
    </>
  );
}
