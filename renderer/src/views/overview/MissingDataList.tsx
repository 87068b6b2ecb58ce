import type { MissingData } from '../../../../shared/model/overview';

/** What the archive leaves out (bookmarks, like dates...) and what that means for the numbers. */
export function MissingDataList({ missing }: { missing: MissingData[] }) {
  return (
    <section className="card" aria-labelledby="missing-title">
      <h2 id="missing-title">What your archive does not contain</h2>
      {missing.length === 0 ? (
        <p className="muted">Nothing notable is missing from this archive.</p>
      ) : (
        <dl className="missing-list">
          {missing.map((m) => (
            <div key={m.what}>
              <dt>{m.what}</dt>
              <dd>{m.meaning}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
