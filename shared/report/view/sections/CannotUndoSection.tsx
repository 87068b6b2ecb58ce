/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** What opting out cannot undo: always printed. */
import type { ReportModel } from '../../model';

export function CannotUndoSection({ model }: { model: ReportModel }) {
  const caveat = model.cannotUndo;
  return (
    <section className="xr-caveat" aria-labelledby="xr-cannot-undo">
      <h2 id="xr-cannot-undo">{caveat.title}</h2>
      <ul>
        {caveat.points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <small>Sources: {caveat.sources}.</small>
    </section>
  );
}
