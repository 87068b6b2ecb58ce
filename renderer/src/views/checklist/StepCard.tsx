import type { StepStatus, TailoredStep } from '../../../../shared/checklist/types';
import { formatDate } from '../../../../shared/format/dates';
import { useNavigation } from '../../stores/navigation-store';
import { SettingPathList } from './SettingPathList';
import { StatusControl } from './StatusControl';

const STRENGTH: Record<string, string> = {
  primary: 'X’s own text or a regulator',
  press: 'press',
  secondary: 'secondary source',
};

interface Props {
  number: number;
  tailored: TailoredStep;
  saving: boolean;
  onStatus(status: StepStatus): void;
}

/** One checklist step: why it matters, where the setting is, what it does and does not do, and its sources. */
export function StepCard({ number, tailored, saving, onStatus }: Props) {
  const { step, emphasis, tailoring, progress } = tailored;
  const go = useNavigation((s) => s.go);
  const headingId = `step-${step.id}`;
  return (
    <article
      className={`card checklist-step emphasis-${emphasis} status-${progress.status}`}
      aria-labelledby={headingId}
    >
      <header className="step-header">
        <h2 id={headingId}>
          <span className="step-number">{number}.</span> {step.title}
          {emphasis === 'high' && <span className="tag tag-warn">Recommended for you</span>}
          {step.region && <span className="tag">{step.region} only</span>}
          {step.certainty === 'uncertain' && <span className="tag tag-uncertain">Uncertain</span>}
        </h2>
        <StatusControl stepTitle={step.title} progress={progress} disabled={saving} onChange={onStatus} />
      </header>
      {tailoring.length > 0 && (
        <ul className="step-tailoring" aria-label="What your archive shows">
          {tailoring.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p>{step.why}</p>
      <SettingPathList settings={step.settings} />
      {step.appLink && (
        <p>
          <button type="button" className="button small" onClick={() => go(step.appLink!.view)}>
            Open Browse
          </button>{' '}
          <span className="muted">{step.appLink.label}</span>
        </p>
      )}
      <details className="step-details">
        <summary>What it covers and what it does not, sources</summary>
        <div className="step-columns">
          <div>
            <h3>Covers</h3>
            <ul>
              {step.covers.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3>Does not cover</h3>
            <ul>
              {step.doesNotCover.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        </div>
        {step.uncertain.length > 0 && (
          <>
            <h3>Not confirmed</h3>
            <ul>
              {step.uncertain.map((u) => (
                <li key={u}>
                  <span className="tag tag-uncertain">Uncertain</span> {u}
                </li>
              ))}
            </ul>
          </>
        )}
        <h3>Sources (newest evidence {formatDate(step.evidenceDate)})</h3>
        <ul className="step-sources">
          {step.sources.map((s) => (
            <li key={s.tag}>
              <strong>{s.tag}</strong>, {s.date} ({STRENGTH[s.strength] ?? s.strength}): {s.title}.{' '}
              <code>{s.url}</code>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
