/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** This archive against an older one of the same account: what went, what came, what stayed. */
import { formatCount, formatDate } from '../../format';
import type { ReportModel } from '../../model';

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
            {madeOn(c.newerGeneratedAt, c.newerImportedAt)}. “Removed” is in the older archive but no longer
            in this one; “added” is new in this one; “kept” is in both.
          </p>
          <table className="xr-comparison-table">
            <caption>Per kind, older archive to this archive</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col" className="xr-n">
                  Older
                </th>
                <th scope="col" className="xr-n">
                  Removed
                </th>
                <th scope="col" className="xr-n">
                  Added
                </th>
                <th scope="col" className="xr-n">
                  Kept
                </th>
                <th scope="col" className="xr-n">
                  This archive
                </th>
              </tr>
            </thead>
            <tbody>
              {c.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="xr-n">{formatCount(r.older)}</td>
                  <td className="xr-n">{formatCount(r.removed)}</td>
                  <td className="xr-n">{formatCount(r.added)}</td>
                  <td className="xr-n">{formatCount(r.kept)}</td>
                  <td className="xr-n">{formatCount(r.newer)}</td>
                </tr>
              ))}
            </tbody>
          </table>
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
