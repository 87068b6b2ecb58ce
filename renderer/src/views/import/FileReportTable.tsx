import type { FileReport } from '../../../../shared/model/summary';
import { FILE_STATUS_LABELS, FILE_STATUS_MEANINGS } from '../../../../shared/format/labels';
import { formatCount } from '../../../../shared/format/numbers';

const STATUS_ORDER = { error: 0, missing: 1, unknown: 2, empty: 3, imported: 4 } as const;

/** Every data file of the archive with what happened to it, problems first. */
export function FileReportTable({ files }: { files: FileReport[] }) {
  const sorted = [...files].sort(
    (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.path.localeCompare(b.path),
  );
  return (
    <div className="table-scroll">
      <table className="data-table file-table">
        <caption className="sr-only">Data files in the archive and what was done with each</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Data</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Records
            </th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((file) => (
            <tr key={file.path} className={`status-${file.status}`}>
              <td className="mono">{file.path}</td>
              <td>{file.type}</td>
              <td>
                <span className={`tag tag-status-${file.status}`}>{FILE_STATUS_LABELS[file.status]}</span>
              </td>
              <td className="num">{formatCount(file.records)}</td>
              <td>{file.message || FILE_STATUS_MEANINGS[file.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
