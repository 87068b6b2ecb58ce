/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** How the items were classified, the level rule, the facts with their certainty, and the sources. */
import { formatDate } from '../../format';
import type { ReportModel } from '../../model';
import { CertaintyTag } from '../parts';

const STRENGTH_LABELS: Record<string, string> = {
  primary: 'X’s own text or a regulator',
  press: 'reputable press',
  secondary: 'secondary source',
  uncertain: 'not confirmed',
};

export function MethodSection({ model }: { model: ReportModel }) {
  const { method } = model;
  return (
    <section className="xr-section" aria-labelledby="xr-method">
      <h2 id="xr-method">Method</h2>
      {method.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h3>The level rule</h3>
      <p>{method.levelRule}</p>
      <h3>The facts the rules rest on</h3>
      <ul className="xr-facts">
        {method.facts.map((f) => (
          <li key={f.statement}>
            <CertaintyTag certainty={f.certainty} /> {f.statement}{' '}
            <small>
              Source: {f.source} ({STRENGTH_LABELS[f.strength] ?? f.strength}).
            </small>
          </li>
        ))}
      </ul>
      <h3>Sources of the checklist</h3>
      <ul className="xr-sources">
        {method.sources.map((s) => (
          <li key={s.tag}>
            <strong>{s.tag}</strong> ({formatDate(s.date)}, {STRENGTH_LABELS[s.strength] ?? s.strength}):{' '}
            {s.title}. <small>{s.url}</small>
          </li>
        ))}
      </ul>
    </section>
  );
}
