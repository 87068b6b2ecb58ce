import { CHANNELS } from '../../../../shared/model/kinds';
import { CHANNEL_DESCRIPTIONS, CHANNEL_LABELS } from '../../../../shared/format/labels';

/** The three ways data reaches AI training, in words (their numbers are in the answer at the top). */
export function DoorsExplained() {
  return (
    <section className="card" aria-labelledby="doors-title">
      <h2 id="doors-title">How your data reaches AI training</h2>
      <dl className="doors-list">
        {CHANNELS.map((channel) => (
          <div key={channel} className={`door door-${channel}`}>
            <dt>{CHANNEL_LABELS[channel]}</dt>
            <dd>{CHANNEL_DESCRIPTIONS[channel]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
