import { useState } from 'react';
import { letterText, type RightsOffer } from '../../../../shared/checklist/rights/letter';
import { RESIDENCE_LABELS, RESIDENCES, type Residence } from '../../../../shared/checklist/rights/residence';
import { api, errorMessage } from '../../bridge';
import { useChecklist } from './checklist-store';

/** "Where do you live?", asked once per account, and the letter drafted for the rights that exist there. */
export function RightsPanel({ archiveId, rights }: { archiveId: string; rights: RightsOffer }) {
  const setResidence = useChecklist((s) => s.setResidence);
  const [asking, setAsking] = useState(rights.residenceSource !== 'answer');
  const [choice, setChoice] = useState<Residence | ''>(rights.residence ?? '');
  const [note, setNote] = useState('');
  const letter = rights.letter;

  const save = async (format: 'txt' | 'pdf') => {
    try {
      const { path } = await api().saveRightsLetter({ archiveId, format });
      setNote(path ? `Saved to ${path}. Nothing was sent.` : '');
    } catch (e) {
      setNote(errorMessage(e));
    }
  };
  const copy = async () => {
    if (!letter) return;
    try {
      await navigator.clipboard.writeText(letterText(letter));
      setNote('Copied. Paste it into X’s privacy form or a letter; nothing was sent.');
    } catch {
      setNote('Copying is not allowed here: select the letter below and copy it.');
    }
  };

  return (
    <section className="card rights-panel" aria-labelledby="rights-title">
      <h2 id="rights-title">Your rights, and a letter to use them</h2>
      <p>{rights.summary}</p>
      {asking ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (choice === '') return;
            void setResidence(archiveId, choice).then(() => setAsking(false));
          }}
        >
          <fieldset>
            <legend>Where do you live? The app asks once and remembers it for this account.</legend>
            {RESIDENCES.map((r) => (
              <label key={r} className="rights-choice">
                <input
                  type="radio"
                  name="residence"
                  value={r}
                  checked={choice === r}
                  onChange={() => setChoice(r)}
                />{' '}
                {RESIDENCE_LABELS[r]}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={choice === ''}>
            Save my answer
          </button>
        </form>
      ) : (
        <button type="button" className="link-button" onClick={() => setAsking(true)}>
          Change where I live
        </button>
      )}
      {rights.noRight && <p>{rights.noRight}</p>}
      {letter && (
        <>
          <p className="muted">
            Drafted from your archive under {letter.law}. The app sends nothing: send it yourself, by{' '}
            {letter.sendBy.join(', ')}.
          </p>
          <textarea
            className="rights-letter"
            readOnly
            rows={14}
            aria-label="The drafted letter"
            value={letterText(letter)}
          />
          <div className="rights-actions">
            <button type="button" className="button" onClick={() => void copy()}>
              Copy the letter
            </button>
            <button type="button" className="button" onClick={() => void save('txt')}>
              Save as text
            </button>
            <button type="button" className="button" onClick={() => void save('pdf')}>
              Save as PDF
            </button>
          </div>
        </>
      )}
      {note && (
        <p className="muted" role="status">
          {note}
        </p>
      )}
    </section>
  );
}
