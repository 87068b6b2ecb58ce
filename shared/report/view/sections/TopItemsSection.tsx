/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** The most sensitive items: text shortened, or left out entirely in a redacted report. */
import { formatDate } from '../../format';
import { CHANNEL_LABELS, FLAG_LABELS, KIND_LABELS, POST_TYPE_LABELS } from '../../labels';
import type { ReportModel } from '../../model';
import { LevelTag } from '../parts';

export function TopItemsSection({ model }: { model: ReportModel }) {
  const items = model.topItems;
  return (
    <section className="xr-section" aria-labelledby="xr-top">
      <h2 id="xr-top">Your most sensitive items</h2>
      {items.length === 0 ? (
        <p>No item was rated high or medium.</p>
      ) : (
        <table className="xr-items">
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Item</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, i) => (
              <tr key={i}>
                <td>
                  <LevelTag level={item.level} />
                </td>
                <td>
                  <div>
                    <strong>{KIND_LABELS[item.kind]}</strong>
                    {item.postTypes
                      .filter((t) => t !== 'original')
                      .map((t) => ` · ${POST_TYPE_LABELS[t]}`)
                      .join('')}
                    , {formatDate(item.createdAt)}
                  </div>
                  {item.text !== null ? (
                    <div className="xr-text">{item.text}</div>
                  ) : (
                    <div className="xr-note">{item.textNote}</div>
                  )}
                </td>
                <td>
                  <div>{item.flags.map((f) => FLAG_LABELS[f]).join(', ') || 'No flag'}</div>
                  <small>{item.channels.map((c) => CHANNEL_LABELS[c]).join(', ')}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
