import type { LibraryEntry } from '../../../../shared/model/summary';
import { archiveLabel } from './archive-pair';

interface Props {
  label: string;
  value: string;
  candidates: readonly LibraryEntry[];
  onChange(archiveId: string): void;
}

/** Chooses one of the account's archives, named by account and the date X made it. */
export function ArchivePicker({ label, value, candidates, onChange }: Props) {
  return (
    <label className="compare-picker">
      <span>{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {candidates.map((e) => (
          <option key={e.archiveId} value={e.archiveId}>
            {archiveLabel(e, candidates)}
          </option>
        ))}
      </select>
    </label>
  );
}
