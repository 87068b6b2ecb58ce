/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** The three ways an item can reach AI training, each with the policy text it rests on. */
import { formatCount, formatDate } from '../../format';
import type { ReportModel } from '../../model';
import { CertaintyTag } from '../parts';

export function ChannelsSection({ model }: { model: ReportModel }) {
  return (
    <section className="xr-section" aria-labelledby="xr-channels">
      <h2 id="xr-channels">Where your data can go</h2>
      <div className="xr-channels">
        {model.channels.map((c) => (
          <article key={c.channel} className="xr-channel">
            <header>
              <strong>{c.label}</strong>
              <span>{formatCount(c.count)} items</span>
            </header>
            <p>
              {c.explanation} {c.since && <small>In force since {formatDate(c.since)}.</small>}
            </p>
            <ul className="xr-basis">
              {c.basis.map((b) => (
                <li key={b.claim}>
                  <CertaintyTag certainty={b.certainty} /> {b.claim} <small>{b.sources}</small>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
