import type { DeletionListCheck as Check } from '../../../../shared/model/compare';
import type { ItemKind } from '../../../../shared/model/kinds';
import { ChannelChips } from '../../components/Badges';
import { KIND_LABELS, KIND_PLURALS } from '../../../../shared/format/labels';
import { formatCount, plural } from '../../../../shared/format/numbers';
import { formatDate } from '../../../../shared/format/dates';

/** The items the user exported as a deletion list that the newer archive still has, in scope. */
export function DeletionListCheck({ check }: { check: Check }) {
  return (
    <section className="card" aria-labelledby="compare-deletion-title">
      <h2 id="compare-deletion-title">Your deletion list</h2>
      {check.listed === 0 ? (
        <p className="muted">
          Nothing is on your deletion list yet. Items you export from Browse as a deletion list (CSV) are
          checked here against the newer archive.
        </p>
      ) : (
        <>
          <p>
            {plural(check.listed, 'item is', 'items are')} on your deletion list.{' '}
            <strong>{formatCount(check.gone)}</strong> {check.gone === 1 ? 'is' : 'are'} gone from the newer
            archive; <strong>{formatCount(check.stillPresent)}</strong>{' '}
            {check.stillPresent === 1 ? 'is' : 'are'} still in it, and{' '}
            <strong>{formatCount(check.stillInScope)}</strong> of {check.stillPresent === 1 ? 'it' : 'them'}{' '}
            still in scope of AI training.
          </p>
          {Object.keys(check.byKind).length > 0 && (
            <ul className="plain-list">
              {(Object.entries(check.byKind) as Array<[ItemKind, number]>).map(([kind, n]) => (
                <li key={kind}>{`${KIND_PLURALS[kind]}: ${formatCount(n)}`}</li>
              ))}
            </ul>
          )}
          {check.sample.length > 0 && (
            // Focusable so the scrolling list can be read with the keyboard.
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Listed items still in scope">
              <table className="data-table compact">
                <caption className="muted">
                  {check.sample.length < check.stillInScope
                    ? `The ${check.sample.length} newest of them`
                    : 'All of them, newest first'}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Kind</th>
                    <th scope="col">Date</th>
                    <th scope="col">Text</th>
                    <th scope="col">In scope of</th>
                  </tr>
                </thead>
                <tbody>
                  {check.sample.map((item) => (
                    <tr key={`${item.kind}-${item.itemId}`}>
                      <td>{KIND_LABELS[item.kind]}</td>
                      <td>{item.createdAt ? formatDate(item.createdAt) : 'no date'}</td>
                      <td className="compare-snippet">
                        {item.snippet ?? <span className="muted">(not shown)</span>}
                      </td>
                      <td>
                        <ChannelChips channels={item.channels} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
