import type { Caveat } from '../../../../shared/checklist/types';

/** "What opting out cannot undo": always shown above the steps. */
export function CannotUndoNotice({ caveat }: { caveat: Caveat }) {
  return (
    <section className="notice notice-info cannot-undo" aria-labelledby="cannot-undo-title">
      <h2 id="cannot-undo-title">{caveat.title}</h2>
      <ul>
        {caveat.points.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p className="muted">Sources: {caveat.sources.map((s) => s.tag).join('; ')}.</p>
    </section>
  );
}
