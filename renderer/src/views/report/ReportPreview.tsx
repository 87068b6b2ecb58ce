import type { ReportModel } from '../../../../shared/report/model';
import { ReportDocument } from '../../../../shared/report/view/ReportDocument';
import { REPORT_CSS } from '../../../../shared/report/view/report-css';

/** The report on a sheet of the chosen paper's width: the same components the PDF and HTML file use. */
export function ReportPreview({ model }: { model: ReportModel }) {
  return (
    <div className="report-preview" role="region" aria-label="Report preview">
      <div className={`report-sheet report-sheet-${model.options.paper}`}>
        <style>{REPORT_CSS}</style>
        <ReportDocument model={model} />
      </div>
    </div>
  );
}
