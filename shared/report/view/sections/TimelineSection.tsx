/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** The timeline chart and the numbered list of policy dates it marks. */
import { formatCount, formatDate, formatMonth } from '../../format';
import type { ReportModel } from '../../model';
import { TimelineChart } from '../TimelineChart';

function describe(model: ReportModel): string {
  const { buckets, events } = model.timeline;
  const total = buckets.reduce(
    (sum, b) => sum + Object.values(b.counts).reduce((s, n) => s + (n ?? 0), 0),
    0,
  );
  const span =
    buckets.length > 0
      ? `from ${formatMonth(buckets[0]!.month)} to ${formatMonth(buckets[buckets.length - 1]!.month)}`
      : 'none';
  return `${formatCount(total)} dated items, ${span}. Policy dates: ${events
    .map((e) => `${e.number}: ${formatDate(e.date)}, ${e.label}`)
    .join('; ')}.`;
}

export function TimelineSection({ model }: { model: ReportModel }) {
  const { events, undated } = model.timeline;
  return (
    <section className="xr-section" aria-labelledby="xr-timeline">
      <h2 id="xr-timeline">Your activity and X’s policy dates</h2>
      <figure className="xr-figure">
        <TimelineChart buckets={model.timeline.buckets} markers={events} description={describe(model)} />
        <figcaption>
          Items per month by kind. Numbered dashed lines are the policy dates below; dates too close together
          to label apart share one label, such as “2–6” for dates 2 to 6. The grey band is the period the
          Irish regulator examined.
          {undated.length > 0 && (
            <>
              {' '}
              Not shown, because the archive gives them no date:{' '}
              {undated.map((u) => `${u.label.toLowerCase()} (${formatCount(u.count)})`).join(', ')}.
            </>
          )}
        </figcaption>
      </figure>
      <ol className="xr-events">
        {events.map((e) => (
          <li key={e.number}>
            <span className="xr-num">{e.number}</span>
            <span>
              {formatDate(e.date)}
              {e.end ? ` to ${formatDate(e.end)}` : ''}
            </span>
            <span>
              <strong>{e.label}.</strong> {e.detail} <small>Sources: {e.sources}.</small>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
