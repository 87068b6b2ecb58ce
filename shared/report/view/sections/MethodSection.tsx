/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** How the items were classified, the level rule, the facts with their certainty, and the numbered sources. */
import { formatDate } from '../../format';
import type { ReportModel } from '../../model';
import { CertaintyTag } from '../parts';

const STRENGTH_LABELS: Record<string, string> = {
  primary: 'X’s own text, a law or a regulator',
  press: 'reputable press',
  secondary: 'secondary source',
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
      {method.coverage.length > 0 && (
        <>
          <h3>Which texts were checked for sensitive words</h3>
          {method.coverage.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </>
      )}
      <h3>The other facts the rules and the checklist rest on</h3>
      <p>
        {model.checklist.checkedOnLine}. The facts behind each channel are listed with the channel above.
        Numbers in brackets refer to the sources below.
      </p>
      <ul className="xr-facts">
        {method.facts.map((f) => (
          <li key={f.claim}>
            <CertaintyTag certainty={f.certainty} /> {f.claim}{' '}
            <small>
              {f.sources} ({STRENGTH_LABELS[f.strength] ?? f.strength})
            </small>
          </li>
        ))}
      </ul>
      <h3 id="xr-sources">Sources</h3>
      <ol className="xr-sources">
        {method.sources.map((s) => (
          <li key={s.number} value={s.number}>
            {s.publisher}, <cite>{s.title}</cite>, {formatDate(s.date)} (
            {STRENGTH_LABELS[s.strength] ?? s.strength}). <span className="xr-address">{s.address}</span>
            {s.via && <small> ({s.via})</small>}
          </li>
        ))}
      </ol>
    </section>
  );
}
