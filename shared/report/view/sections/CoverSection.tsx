/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * The first page, a summary a regulator can read alone: who, what archive, what is exposed through which
 * door, the top risks, what the person has done on the checklist, and when the facts were checked.
 */
import { formatCount, formatDate } from '../../format';
import type { ReportModel } from '../../model';

export function CoverSection({ model }: { model: ReportModel }) {
  const { meta, headline, summary } = model;
  return (
    <header className="xr-cover" aria-labelledby="xr-title">
      <p className="xr-kicker">Personal exposure report · summary</p>
      <h1 id="xr-title">Your X data and AI training</h1>
      <dl className="xr-meta">
        <dt>Account</dt>
        <dd>
          @<bdi>{meta.username}</bdi> (<bdi>{meta.displayName}</bdi>), account id <bdi>{meta.accountId}</bdi>
        </dd>
        <dt>Archive</dt>
        <dd>
          Made by X on {formatDate(meta.archiveGeneratedAt)}, read on {formatDate(meta.importedAt)}:{' '}
          {formatCount(headline.totalItems)} items
          {meta.partial ? ' (some files could not be read)' : ''}
        </dd>
        <dt>Report made</dt>
        <dd>
          {formatDate(meta.reportGeneratedAt)} with X Exposure {meta.appVersion}, on the person’s own computer
        </dd>
        {model.options.redactText && (
          <>
            <dt>Redacted</dt>
            <dd>The text of your items is left out of this report.</dd>
          </>
        )}
      </dl>
      <h2 className="xr-summary-title">What is exposed, through which door</h2>
      <table className="xr-doors">
        <tbody>
          {summary.doors.map((d) => (
            <tr key={d.channel}>
              <th scope="row">{d.label}</th>
              <td className="xr-n">
                <strong>{formatCount(d.count)}</strong>
              </td>
              <td className="xr-n">{d.share}</td>
              <td>{d.line}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="xr-sentence">{headline.sentence} Each door is explained on the next page.</p>
      {summary.risks.length > 0 && (
        <>
          <h2 className="xr-summary-title">Top risks</h2>
          <ul className="xr-risks">
            {summary.risks.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      )}
      <h2 className="xr-summary-title">What the person has done</h2>
      <p>{summary.checklist.line}</p>
      {summary.checklist.doneSteps.length > 0 && (
        <ul className="xr-risks">
          {summary.checklist.doneSteps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
      {model.warnings.map((w) => (
        <p key={w} className="xr-notice">
          {w}
        </p>
      ))}
      <p className="xr-checked">
        <strong>{summary.factsChecked}.</strong> Every fact in this report names its sources by number; the
        numbered list of sources is at the end.
      </p>
    </header>
  );
}
