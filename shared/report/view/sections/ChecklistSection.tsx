/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** The opt-out checklist with each step's status and date. */
import { formatCount, formatDate } from '../../format';
import type { ReportModel } from '../../model';
import { CertaintyTag } from '../parts';

const STATUS_MARKS = { todo: '\u2610', done: '\u2611', skipped: '\u2013', notApplicable: 'n/a' } as const;

export function ChecklistSection({ model }: { model: ReportModel }) {
  const { steps, totals, contentAsOf } = model.checklist;
  return (
    <section className="xr-section" aria-labelledby="xr-checklist">
      <h2 id="xr-checklist">Opt-out checklist</h2>
      <p>
        {formatCount(totals.done)} done, {formatCount(totals.skipped)} skipped,{' '}
        {formatCount(totals.notApplicable)} not applicable, {formatCount(totals.todo)} still to do. Steps
        checked against their sources on {formatDate(contentAsOf)}; the app shows each step in full.
      </p>
      <table className="xr-checklist">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Step</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((s) => (
            <tr key={s.title}>
              <td>
                <span className="xr-status">
                  {STATUS_MARKS[s.status]} {s.statusLabel}
                </span>
                {s.updatedAt && (
                  <div>
                    <small>{formatDate(s.updatedAt)}</small>
                  </div>
                )}
              </td>
              <td>
                {s.emphasis === 'high' ? <strong>{s.title}</strong> : s.title}{' '}
                <CertaintyTag certainty={s.certainty} /> <small>{s.sources}</small>
                {s.note && (
                  <div>
                    <small>{s.note}</small>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
