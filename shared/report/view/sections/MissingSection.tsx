/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** What the archive does not contain, and what that means for the numbers. */
import type { ReportModel } from '../../model';

export function MissingSection({ model }: { model: ReportModel }) {
  if (model.missing.length === 0) return null;
  return (
    <section className="xr-section" aria-labelledby="xr-missing">
      <h2 id="xr-missing">What your archive does not contain</h2>
      <ul>
        {model.missing.map((m) => (
          <li key={m.what}>
            <strong>{m.what}.</strong> {m.meaning}
          </li>
        ))}
      </ul>
    </section>
  );
}
