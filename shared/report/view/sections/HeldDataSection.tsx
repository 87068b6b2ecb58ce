/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * What X holds about the person beyond their posts, section by section, with the channels that reach
 * each part. A redacted report shows counts, dates and categories, never the values.
 */
import type { Reach } from '../../../account-data/coverage';
import type { ReportModel } from '../../model';
import { CHANNEL_LABELS, FLAG_LABELS } from '../../labels';
import { formatCount } from '../../format';

const REACH_WORDS: Record<Reach, string> = { yes: 'yes', no: 'no', uncertain: 'uncertain' };

export function HeldDataSection({ model }: { model: ReportModel }) {
  const held = model.accountData;
  if (!held) return null;
  return (
    <section className="xr-section" aria-labelledby="xr-held">
      <h2 id="xr-held">What X knows about you</h2>
      <p>
        Besides the posts, X keeps data about the person and how they use X. X’s privacy policy lets it share
        “your information” with third-party collaborators who may train AI on it unless the person opts out.
        {held.redacted &&
          ' Values are left out of this redacted report; counts, dates and categories remain.'}
      </p>
      {held.sections.map((s) => (
        <div key={s.id} className="xr-keep">
          <h3>{s.title}</h3>
          <p>{s.summary}</p>
          {s.lines.length > 0 && (
            <dl className="xr-meta">
              {s.lines.map((line, i) => (
                <div key={`${line.label}-${i}`} style={{ display: 'contents' }}>
                  <dt>{line.label}</dt>
                  <dd>
                    {line.value ?? <span className="xr-muted">left out</span>}
                    {line.flags.map((f) => (
                      <span key={f}>
                        {' '}
                        <span className="xr-tag">{FLAG_LABELS[f]}</span>
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <ul className="xr-basis">
            {s.coverage.map((c) => (
              <li key={c.channel}>
                <strong>
                  {CHANNEL_LABELS[c.channel]}: {REACH_WORDS[c.reach]}.
                </strong>{' '}
                {c.text}
              </li>
            ))}
          </ul>
          {s.sources && <small>Sources: {s.sources}</small>}
        </div>
      ))}
      <h3>Not analysed yet</h3>
      <p>{held.notAnalysed.summary}</p>
      {held.notAnalysed.files.length > 0 && (
        <ul>
          {held.notAnalysed.files.map((f) => (
            <li key={f.path}>
              {f.label}: {formatCount(f.records)} {f.records === 1 ? 'record' : 'records'}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
