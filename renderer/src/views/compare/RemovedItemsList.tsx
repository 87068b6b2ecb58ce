import type { RemovedItems } from '../../../../shared/model/compare';
import { KIND_LABELS } from '../../../../shared/format/labels';
import { formatDate } from '../../../../shared/format/dates';
import { formatCount } from '../../../../shared/format/numbers';
import { ItemSnippet } from '../../components/ItemSnippet';

/** What is gone, item by item: the older archive's items the newer one no longer has, newest first. */
export function RemovedItemsList({ removed }: { removed: RemovedItems }) {
  return (
    <section className="card" aria-labelledby="compare-removed-title">
      <h2 id="compare-removed-title">What is gone</h2>
      {removed.total === 0 ? (
        <p className="muted">Every item of the older archive is still in the newer one.</p>
      ) : (
        <>
          <p>
            <strong>{formatCount(removed.total)}</strong>{' '}
            {removed.total === 1 ? 'item of the older archive is' : 'items of the older archive are'} no
            longer in the newer one
            {removed.sample.length < removed.total
              ? `; the ${formatCount(removed.sample.length)} newest:`
              : ':'}
          </p>
          {/* Focusable so the scrolling list can be read with the keyboard. */}
          <div
            className="table-scroll compare-list"
            tabIndex={0}
            role="region"
            aria-label="Items that are gone"
          >
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">Date</th>
                  <th scope="col">Text</th>
                </tr>
              </thead>
              <tbody>
                {removed.sample.map((row) => (
                  <tr key={row.id}>
                    <td>{KIND_LABELS[row.kind]}</td>
                    <td className="nowrap">{formatDate(row.createdAt)}</td>
                    <td className="compare-snippet">
                      <ItemSnippet row={row} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
