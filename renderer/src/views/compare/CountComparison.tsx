import type { ArchiveComparison } from '../../../../shared/model/compare';
import { COMPARISON_MEANING, comparisonRows } from '../../../../shared/report/comparison';
import { ComparisonTable } from '../../../../shared/report/view/ComparisonTable';

/** Per count of the summary: in the older archive, removed, added, still there, in the newer (the report's table). */
export function CountComparison({ result }: { result: ArchiveComparison }) {
  const rows = comparisonRows(result);
  const bookmarksLeftOut = !rows.some((r) => r.key === 'bookmarks');
  return (
    <section className="card" aria-labelledby="compare-counts-title">
      <h2 id="compare-counts-title">What changed between the two archives</h2>
      <ComparisonTable
        rows={rows}
        caption="Per kind, older archive to newer archive"
        tableClass="data-table compact compare-table"
        numClass="num"
      />
      <p className="muted">
        {COMPARISON_MEANING}
        {bookmarksLeftOut &&
          ' Bookmarks are compared only when both archives have them (imported from an export).'}
      </p>
    </section>
  );
}
