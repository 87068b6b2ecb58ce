import type { LibraryEntry } from '../../../../shared/model/summary';
import { formatDate } from '../../format/numbers';
import { archiveDate } from './archive-pair';

interface Props {
  label: string;
  value: string;
  candidates: readonly LibraryEntry[];
  onChange(archiveId: string): void;
}

/** Chooses one of the account's archives, named by the date X made it. */
export function ArchivePicker({ label, value, candidates, onChange }: Props) {
  return (
    <label className="compare-picker">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {candidates.map((e) => (
          <option key={e.archiveId} value={e.archiveId}>
            {`${e.generatedAt ? 'made' : 'imported'} ${formatDate(archiveDate(e))} (${e.archiveId.slice(0, 6)})`}
          </option>
        ))}
      </select>
    </label>
  );
}
