import type { PaperSize } from '../../../../shared/report/model';

interface Props {
  paper: PaperSize;
  redactText: boolean;
  busy: boolean;
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

/** Paper size, redaction and the three ways to save. */
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
