/** @jsxRuntime automatic */
/** @jsxImportSource react */
/**
 * What X holds about the person beyond their posts, part by part, with the channels that reach each
 * part. Each channel sentence is printed the first time only; parts the archive has nothing for are
 * listed together at the end. A redacted report shows counts, dates and categories, never the values.
 */
import type { Reach } from '../../../account-data/coverage';
import type { ReportModel } from '../../model';
import type { ReportHeldSection } from '../../held-data';
import { CHANNEL_LABELS, FLAG_LABELS } from '../../labels';
import { formatCount } from '../../format';

const REACH_WORDS: Record<Reach, string> = { yes: 'yes', no: 'no', uncertain: 'uncertain' };

function Part({ section, explained }: { section: ReportHeldSection; explained: Set<string> }) {
  return (
    <div className="xr-keep">
      <h3>{section.title}</h3>
      <p>{section.summary}</p>
      <dl className="xr-meta">
        {section.lines.map((line, i) => (
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
      <ul className="xr-basis">
        {section.coverage.map((c) => {
          const first = !explained.has(c.text);
          explained.add(c.text);
          return (
            <li key={c.channel}>
              <strong>
                {CHANNEL_LABELS[c.channel]}: {REACH_WORDS[c.reach]}.
              </strong>
              {first && ` ${c.text}`}
            </li>
          );
        })}
      </ul>
      {section.sources && <small>Sources: {section.sources}</small>}
    </div>
  );
}

export function HeldDataSection({ model }: { model: ReportModel }) {
  const held = model.accountData;
  if (!held) return null;
  const shown = held.sections.filter((s) => s.lines.length > 0);
  const empty = held.sections.filter((s) => s.lines.length === 0);
  const explained = new Set<string>();
  return (
    <section className="xr-section" aria-labelledby="xr-held">
      <h2 id="xr-held">What X knows about you</h2>
      <p>
        Besides the posts, X keeps data about the person and how they use X. X’s privacy policy lets it share
        “your information” with third-party collaborators who may train AI on it unless the person opts out.
        {held.redacted &&
          ' Values are left out of this redacted report; counts, dates and categories remain.'}
      </p>
      {shown.map((s) => (
        <Part key={s.id} section={s} explained={explained} />
      ))}
      {empty.length > 0 && (
        <>
          <h3>Nothing to show from this archive</h3>
          <ul>
            {empty.map((s) => (
              <li key={s.id}>
                <strong>{s.title}.</strong> {s.summary}
              </li>
            ))}
          </ul>
        </>
      )}
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
