import type { Residence } from '../../../shared/checklist/rights/residence';
/** Checklist and report answers for the fake bridge, built by the real pure builders from sample engine data. */
import { reportModelFrom } from '../../../shared/report/build-model';
import type { ChecklistView } from '../../../shared/checklist/types';
import type { ReportModel, ReportOptions } from '../../../shared/report/model';
import { sampleInputs } from '../../fixtures/report/sample-inputs';

export function makeChecklistView({
  residence = null,
}: { residence?: Residence | null } = {}): ChecklistView {
  return sampleInputs(residence).checklist;
}

export function makeReportModel(options: ReportOptions = { redactText: false, paper: 'a4' }): ReportModel {
  return reportModelFrom(sampleInputs(), options);
}
