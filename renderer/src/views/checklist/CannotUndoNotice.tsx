import { citeSource } from '../../../../shared/exposure/facts';
import type { Caveat } from '../../../../shared/checklist/types';

/** "What opting out cannot undo": folded under the steps, one click away, never hidden for good. */
export function CannotUndoNotice({ caveat }: { caveat: Caveat }) {
  return (
    <details className="card cannot-undo">
      <summary>
        <h2 className="summary-heading">{caveat.title}</h2>
      </summary>
      <ul>
        {caveat.points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <ul className="muted small">
        {caveat.sources.map((s) => (
          <li key={s.id}>{citeSource(s)}</li>
        ))}
      </ul>
    </details>
  );
}
