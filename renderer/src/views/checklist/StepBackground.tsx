import type { ChecklistStep } from '../../../../shared/checklist/types';
import { citeSource } from '../../../../shared/exposure/facts';
import { formatDate } from '../../../../shared/format/dates';

const STRENGTH: Record<string, string> = {
  primary: 'X’s own text, a law or a regulator',
  press: 'press',
  secondary: 'secondary source',
};

/** The background of a step, folded: why it matters (with its sources) and what it cannot undo. */
export function StepBackground({ step }: { step: ChecklistStep }) {
  return (
    <div className="step-background">
      <details className="step-details">
        <summary>Why this matters</summary>
        <p>{step.why}</p>
        <h4>What it covers</h4>
        <ul>
          {step.covers.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <h4>Sources (newest evidence {formatDate(step.evidenceDate)})</h4>
        <ul className="step-sources">
          {step.sources.map((s) => (
            <li key={s.id}>
              {citeSource(s)} ({STRENGTH[s.strength] ?? s.strength})
            </li>
          ))}
        </ul>
      </details>
      <details className="step-details">
        <summary>What it cannot undo</summary>
        <ul>
          {step.doesNotCover.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        {step.uncertain.length > 0 && (
          <>
            <h4>Not confirmed</h4>
            <ul>
              {step.uncertain.map((u) => (
                <li key={u}>
                  <span className="tag tag-uncertain">Uncertain</span> {u}
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </div>
  );
}
