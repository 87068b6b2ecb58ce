import type { LibraryEntry } from '../../../../shared/model/summary';
import type { PaperSize } from '../../../../shared/report/model';
import { archiveLabel } from '../compare/archive-pair';

interface Props {
  paper: PaperSize;
  redactText: boolean;
  busy: boolean;
  /** Older archives of the same account; the select is shown only when there is one. */
  compareChoices: readonly LibraryEntry[];
  /** '' for no comparison. */
  compareWith: string;
  onCompareWith(archiveId: string): void;
  onPaper(paper: PaperSize): void;
  onRedact(redact: boolean): void;
  onSavePdf(): void;
  onSaveHtml(): void;
  onSaveCsv(): void;
}

const PAPERS: Array<[PaperSize, string]> = [
  ['a4', 'A4'],
  ['letter', 'US Letter'],
];

/** Paper size, redaction, an older archive to compare with, and the three ways to save. */
export function ReportToolbar(p: Props) {
  return (
    <div className="card report-toolbar">
      <fieldset className="report-paper-choice">
        <legend>Paper</legend>
        {PAPERS.map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="report-paper"
              checked={p.paper === value}
              onChange={() => p.onPaper(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={p.redactText} onChange={(e) => p.onRedact(e.target.checked)} /> Leave
        out the text of my posts and messages
      </label>
      {p.compareChoices.length > 0 && (
        <label className="report-compare-choice">
          <span>Compare with</span>
          <select value={p.compareWith} onChange={(e) => p.onCompareWith(e.target.value)}>
            <option value="">No comparison</option>
            {p.compareChoices.map((e) => (
              <option key={e.archiveId} value={e.archiveId}>
                {`older archive ${archiveLabel(e, p.compareChoices)}`}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="button-row">
        <button type="button" className="button primary" disabled={p.busy} onClick={p.onSavePdf}>
          Save as PDF…
        </button>
        <button type="button" className="button" disabled={p.busy} onClick={p.onSaveHtml}>
          Save as HTML…
        </button>
        <button type="button" className="button" disabled={p.busy} onClick={p.onSaveCsv}>
          Export every item as CSV…
        </button>
      </div>
    </div>
  );
}
