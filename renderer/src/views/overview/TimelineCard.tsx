import type { Overview } from '../../../../shared/model/overview';
import { formatDate } from '../../../../shared/format/dates';
import { formatCount } from '../../../../shared/format/numbers';
import { KIND_PLURALS } from '../../../../shared/format/labels';
import type { ItemKind } from '../../../../shared/model/kinds';
import { POLICY_DATES } from '../../../../shared/exposure/policy-timeline';
import { POLICY_MARKERS } from '../../../../shared/report/view/policy-markers';
import { TimelineChart } from '../../../../shared/report/view/TimelineChart';
import { monthRange, showItems } from '../../app/show-items';

/** The person's activity month by month against X's policy dates; undated items (likes) are shown apart. */
export function TimelineCard({ archiveId, overview }: { archiveId: string; overview: Overview }) {
  const undated = (Object.entries(overview.undated) as Array<[ItemKind, number]>).filter(([, n]) => n > 0);
  return (
    <section className="card timeline-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">Your activity and X’s policy changes</h2>
      <div className="timeline-body">
        <div className="timeline-plot">
          <TimelineChart
            look="screen"
            buckets={overview.timeline}
            markers={POLICY_MARKERS}
            onMonth={(month) => showItems(archiveId, monthRange(month))}
          />
        </div>
        <div className="timeline-side">
          <ol className="policy-dates" aria-label="X’s policy dates on the chart" tabIndex={0}>
            {POLICY_MARKERS.map((m) => (
              <li key={m.number}>
                <span className="policy-number" aria-hidden="true">
                  {m.number}
                </span>
                <span>
                  <span className="policy-date">
                    {m.end ? `${formatDate(m.date)} – ${formatDate(m.end)}` : formatDate(m.date)}
                  </span>{' '}
                  {m.label}
                </span>
              </li>
            ))}
          </ol>
          {undated.map(([kind, n]) => (
            <button
              key={kind}
              type="button"
              className="undated-tile"
              onClick={() => showItems(archiveId, { kinds: [kind] })}
            >
              <span className="undated-count">
                {formatCount(n)} {KIND_PLURALS[kind].toLowerCase()}
              </span>{' '}
              <span className="muted">
                have no date in the archive, so they are not on the chart.
                {kind === 'like' &&
                  ` Likes became private on ${formatDate(POLICY_DATES.likesPrivate)}; before, anyone could see them.`}
              </span>
            </button>
          ))}
        </div>
      </div>
    </section>
  );
}
