import type { ArchiveComparison, CountKey } from '../../../../shared/model/compare';
import { COUNT_LABELS } from '../../../../shared/format/labels';
import { formatCount } from '../../../../shared/format/numbers';

const cell = (v: number | null) => (v === null ? '–' : formatCount(v));

/** Per count of the summary: in the older archive, in the newer, removed, added and still there. */
export function CountComparison({ result }: { result: ArchiveComparison }) {
  const keys = Object.keys(COUNT_LABELS) as CountKey[];
  return (
    <section className="card" aria-labelledby="compare-counts-title">
      <h2 id="compare-counts-title">What changed between the two archives</h2>
      <table className="data-table compact compare-table">
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Older
            </th>
            <th scope="col" className="num">
              Newer
            </th>
            <th scope="col" className="num">
              Removed
            </th>
            <th scope="col" className="num">
              Added
            </th>
            <th scope="col" className="num">
              Still there
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row">{COUNT_LABELS[k]}</th>
              <td className="num">{cell(result.older.counts[k])}</td>
              <td className="num">{cell(result.newer.counts[k])}</td>
              <td className={result.removed[k] ? 'num compare-removed' : 'num'}>{cell(result.removed[k])}</td>
              <td className={result.added[k] ? 'num compare-added' : 'num'}>{cell(result.added[k])}</td>
              <td className="num">{cell(result.kept[k])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        Removed: in the older archive, not in the newer one. Still there: in both. A dash means the count does
        not apply to one of the archives (bookmarks only exist when you imported an export).
      </p>
    </section>
  );
}
