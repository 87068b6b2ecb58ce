import type { ArchiveComparison } from '../../../../shared/model/compare';
import { CHANNELS, FLAGS, LEVELS } from '../../../../shared/model/kinds';
import { CHANNEL_LABELS, FLAG_LABELS, LEVEL_LABELS } from '../../../../shared/format/labels';
import { formatCount } from '../../../../shared/format/numbers';

function Delta({ before, after }: { before: number; after: number }) {
  const d = after - before;
  if (d === 0) return <span className="muted">no change</span>;
  return (
    <span
      className={d < 0 ? 'compare-down' : 'compare-up'}
    >{`${d > 0 ? '+' : '−'}${formatCount(Math.abs(d))}`}</span>
  );
}

/** The two archives' exposure summaries side by side. */
export function ExposureComparison({ result }: { result: ArchiveComparison }) {
  const a = result.older.exposure;
  const b = result.newer.exposure;
  const rows: Array<[string, string, number, number]> = [
    ...CHANNELS.map((c): [string, string, number, number] => [
      `ch-${c}`,
      `In scope: ${CHANNEL_LABELS[c]}`,
      a.channels[c],
      b.channels[c],
    ]),
    ...LEVELS.map((l): [string, string, number, number] => [
      `lv-${l}`,
      `${LEVEL_LABELS[l]} level`,
      a.levels[l],
      b.levels[l],
    ]),
    ...FLAGS.filter((f) => a.flags[f] > 0 || b.flags[f] > 0).map((f): [string, string, number, number] => [
      `fl-${f}`,
      FLAG_LABELS[f],
      a.flags[f],
      b.flags[f],
    ]),
  ];
  return (
    <section className="card" aria-labelledby="compare-exposure-title">
      <h2 id="compare-exposure-title">Exposure, before and after</h2>
      <table className="data-table compact">
        <thead>
          <tr>
            <th scope="col">Items</th>
            <th scope="col" className="num">
              Older
            </th>
            <th scope="col" className="num">
              Newer
            </th>
            <th scope="col" className="num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label, before, after]) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              <td className="num">{formatCount(before)}</td>
              <td className="num">{formatCount(after)}</td>
              <td className="num">
                <Delta before={before} after={after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
