import { CHANNELS } from '../../../../shared/model/kinds';
import type { ArchiveSummary } from '../../../../shared/model/summary';
import { CHANNEL_DESCRIPTIONS, CHANNEL_LABELS } from '../../format/labels';
import { formatCount } from '../../format/numbers';

/** How many items each door to AI training reaches. */
export function ChannelCards({ summary }: { summary: ArchiveSummary }) {
  return (
    <section aria-labelledby="channels-title">
      <h2 id="channels-title" className="section-title">
        Ways your data can reach AI training
      </h2>
      <div className="channel-cards">
        {CHANNELS.map((channel) => (
          <article key={channel} className={`card channel-card channel-${channel}`}>
            <h3>{CHANNEL_LABELS[channel]}</h3>
            <p className="channel-count">
              {formatCount(summary.exposure.channels[channel])} <span className="muted">items</span>
            </p>
            <p className="muted">{CHANNEL_DESCRIPTIONS[channel]}</p>
          </article>
        ))}
      </div>
    </section>
  );
}
