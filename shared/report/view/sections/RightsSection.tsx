/** @jsxRuntime automatic */
/** @jsxImportSource react */
/** The rights the person can use where they live, and the letter drafted for them (sent by them, never by the app). */
import type { RightsLetter } from '../../../checklist/rights/letter';
import type { ReportModel } from '../../model';

export function LetterBlock({ letter }: { letter: RightsLetter }) {
  return (
    <div className="xr-letter">
      <p>
        {letter.addressee.map((line) => (
          <span key={line}>
            {line}
            <br />
          </span>
        ))}
      </p>
      <p>
        <strong>Subject: {letter.subject}</strong>
      </p>
      {letter.body.split('\n\n').map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </div>
  );
}

export function RightsSection({ model }: { model: ReportModel }) {
  const { rights } = model;
  return (
    <section className="xr-section" aria-labelledby="xr-rights">
      <h2 id="xr-rights">Your rights, and a letter to use them</h2>
      <p>
        {rights.summary} <small>{rights.sources}</small>
      </p>
      {rights.noRight && <p>{rights.noRight}</p>}
      {rights.letter && (
        <>
          <p>
            Drafted by the app from the archive, under {rights.letter.law}. Nothing was sent: send it
            yourself, by {rights.letter.sendBy.join(', ')}.
          </p>
          <LetterBlock letter={rights.letter} />
        </>
      )}
    </section>
  );
}
