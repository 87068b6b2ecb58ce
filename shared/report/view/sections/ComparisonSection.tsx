/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** This archive against an older one of the same account: what went, what came, what stayed. */
import { formatCount, formatDate } from '../../format';
import { COMPARISON_MEANING } from '../../comparison';
import type { ReportModel } from '../../model';
import { ComparisonTable } from '../ComparisonTable';

function madeOn(generatedAt: string | null, importedAt: string): string {
  return generatedAt ? `made by X on ${formatDate(generatedAt)}` : `imported on ${formatDate(importedAt)}`;
}

export function ComparisonSection({ model }: { model: ReportModel }) {
  const c = model.comparison;
  if (!c) return null;
  return (
    <section className="xr-section" aria-labelledby="xr-comparison">
      <h2 id="xr-comparison">Compared with an older archive</h2>
      {c.status === 'failed' ? (
        <p className="xr-notice">{c.note}</p>
      ) : (
        <>
          <p>
            Older archive: {madeOn(c.olderGeneratedAt, c.olderImportedAt)}. This archive:{' '}
            {madeOn(c.newerGeneratedAt, c.newerImportedAt)}. {COMPARISON_MEANING}
          </p>
          <ComparisonTable
            rows={c.rows}
            caption="Per kind, older archive to this archive"
            newerHeading="This archive"
            tableClass="xr-comparison-table"
            numClass="xr-n"
          />
          <table className="xr-comparison-table">
            <caption>Your deletion list</caption>
            <tbody>
              <tr>
                <th scope="row">Items you listed for deletion</th>
                <td className="xr-n">{formatCount(c.deletionList.listed)}</td>
              </tr>
              <tr>
                <th scope="row">Gone from this archive</th>
                <td className="xr-n">{formatCount(c.deletionList.gone)}</td>
              </tr>
              <tr>
                <th scope="row">Still present</th>
                <td className="xr-n">{formatCount(c.deletionList.stillPresent)}</td>
              </tr>
              <tr>
                <th scope="row">Still present and within reach of AI training</th>
                <td className="xr-n">{formatCount(c.deletionList.stillInScope)}</td>
              </tr>
            </tbody>
          </table>
          {c.warnings.map((w) => (
            <p key={w} className="xr-notice">
              Note: {w}.
            </p>
          ))}
        </>
      )}
    </section>
  );
}
