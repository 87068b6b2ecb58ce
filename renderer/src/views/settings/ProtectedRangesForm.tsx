import { useId, useState } from 'react';
import type { ProtectedRange } from '../../../../shared/model/overview';

interface DraftRange {
  key: number;
  from: string;
  to: string;
  stillProtected: boolean;
}

/** What the periods are of, in the form's words. */
export interface RangeWording {
  /** Before the list: "My account was protected…". */
  lead: string;
  /** When there is no period. */
  none: string;
  /** In each date's label: "Period 1: protected from". */
  state: string;
  /** The box for a period that has not ended; absent: every period has an end. */
  ongoing?: string;
  add: string;
  save: string;
}

export const PROTECTED_WORDING: RangeWording = {
  lead: 'My account was protected…',
  none: 'No protected periods: your account was public the whole time.',
  state: 'protected',
  ongoing: 'still protected',
  add: 'Add a period',
  save: 'Save and re-check',
};

interface Props {
  initial: ProtectedRange[];
  saving: boolean;
  onSave(ranges: ProtectedRange[]): void;
  wording?: RangeWording;
}

let nextKey = 1;
const toDraft = (r: ProtectedRange): DraftRange => ({
  key: nextKey++,
  from: r.from.slice(0, 10),
  to: r.to ? r.to.slice(0, 10) : '',
  stillProtected: r.to === null,
});

/** "My account was protected from … to …" (or another state's wording), as many times as needed. */
export function ProtectedRangesForm({ initial, saving, onSave, wording = PROTECTED_WORDING }: Props) {
  const [drafts, setDrafts] = useState<DraftRange[]>(() => initial.map(toDraft));
  const [problem, setProblem] = useState<string | null>(null);
  const formId = useId();

  const update = (key: number, patch: Partial<DraftRange>) =>
    setDrafts((ds) => ds.map((d) => (d.key === key ? { ...d, ...patch } : d)));

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const invalid = drafts.find((d) => !d.from || (!d.stillProtected && (!d.to || d.to < d.from)));
    if (invalid) {
      setProblem(
        `Each period needs a start date, and an end date on or after it${wording.ongoing ? ` (or “${wording.ongoing}”)` : ''}.`,
      );
      return;
    }
    setProblem(null);
    onSave(
      [...drafts]
        .sort((a, b) => a.from.localeCompare(b.from))
        .map((d) => ({ from: d.from, to: d.stillProtected ? null : d.to })),
    );
  };

  return (
    <form
      className="ranges-form"
      onSubmit={submit}
      aria-describedby={problem ? `${formId}-problem` : undefined}
    >
      {drafts.length === 0 ? (
        <p className="muted">{wording.none}</p>
      ) : (
        <p className="range-lead">{wording.lead}</p>
      )}
      <ul className="range-list">
        {drafts.map((d, i) => (
          <li key={d.key} className="range-row">
            <span>from</span>
            <label className="sr-only" htmlFor={`${formId}-from-${d.key}`}>
              Period {i + 1}: {wording.state} from
            </label>
            <input
              id={`${formId}-from-${d.key}`}
              type="date"
              value={d.from}
              required
              onChange={(e) => update(d.key, { from: e.target.value })}
            />
            <span>to</span>
            <label className="sr-only" htmlFor={`${formId}-to-${d.key}`}>
              Period {i + 1}: {wording.state} until
            </label>
            <input
              id={`${formId}-to-${d.key}`}
              type="date"
              value={d.to}
              disabled={d.stillProtected}
              onChange={(e) => update(d.key, { to: e.target.value })}
            />
            {wording.ongoing && (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={d.stillProtected}
                  onChange={(e) => update(d.key, { stillProtected: e.target.checked })}
                />
                {wording.ongoing}
              </label>
            )}
            <button
              type="button"
              className="button subtle"
              onClick={() => setDrafts((ds) => ds.filter((x) => x.key !== d.key))}
              aria-label={`Remove period ${i + 1}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      {problem && (
        <p id={`${formId}-problem`} className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() =>
            setDrafts((ds) => [...ds, { key: nextKey++, from: '', to: '', stillProtected: false }])
          }
        >
          {wording.add}
        </button>
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Re-checking your items…' : wording.save}
        </button>
      </div>
    </form>
  );
}
