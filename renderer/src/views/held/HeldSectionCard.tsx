import type { PresentedSection } from '../../../../shared/account-data/present';
import type { Reach } from '../../../../shared/account-data/coverage';
import { CHANNEL_LABELS } from '../../../../shared/format/labels';
import { FlagChips } from '../../components/Badges';
import { citeSource, factSources, type FactId, type SourceId } from '../../../../shared/exposure/facts';

/** The sources behind a part's channel sentences, each once, as a person would look them up. */
function sourcesOf(facts: readonly FactId[]): Array<{ id: SourceId; text: string }> {
  const seen = new Map<SourceId, string>();
  for (const fact of facts)
    for (const s of factSources(fact)) if (!seen.has(s.id)) seen.set(s.id, citeSource(s));
  return [...seen].map(([id, text]) => ({ id, text }));
}

const REACH_WORDS: Record<Reach, string> = { yes: 'yes', no: 'no', uncertain: 'uncertain' };

/** One part of what X holds: what it is, the values, and which channels may use it (reasons on demand). */
export function HeldSectionCard({ section }: { section: PresentedSection }) {
  const titleId = `held-${section.id}`;
  return (
    <section className="card held-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{section.title}</h2>
      <p>{section.summary}</p>
      {section.lines.length > 0 && (
        <dl className="held-lines">
          {section.lines.map((line, i) => (
            <div key={`${line.label}-${i}`}>
              <dt>
                <bdi>{line.label}</bdi>
              </dt>
              <dd>
                {line.value === null ? <span className="muted">hidden</span> : <bdi>{line.value}</bdi>}{' '}
                <FlagChips flags={line.flags} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      <details className="held-reach">
        <summary>
          <span className="held-reach-lead">Who may use it:</span>{' '}
          {section.coverage.map((c) => (
            <span key={c.channel} className={`held-reach-item reach-${c.reach}`}>
              {CHANNEL_LABELS[c.channel]}: {REACH_WORDS[c.reach]}
            </span>
          ))}
        </summary>
        <ul>
          {section.coverage.map((c) => (
            <li key={c.channel}>
              <strong>{CHANNEL_LABELS[c.channel]}.</strong> {c.text}
            </li>
          ))}
        </ul>
        <p className="held-sources-title">Sources</p>
        <ul className="held-sources">
          {sourcesOf(section.coverage.flatMap((c) => c.facts)).map((s) => (
            <li key={s.id}>{s.text}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
