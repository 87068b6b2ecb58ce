/** Gathers one archive's report inputs from the Engine and builds the ReportModel. */
import { reportModelFrom } from '../../../shared/report/build-model';
import type { ReportModel, ReportOptions } from '../../../shared/report/model';
import type { Overview } from '../../../shared/model/overview';
import { getChecklist, type ChecklistEngine } from '../checklist';
import { appVersion } from './app-version';

/** What the report needs from the Engine (structural, so tests and the harness can pass the real one). */
export interface ReportEngine extends ChecklistEngine {
  getOverview(archiveId: string): Overview;
  exportItemsCsv(archiveId: string, itemIds: number[] | 'all', outPath: string): number;
}

export interface BuildOptions extends ReportOptions {
  /** Defaults to now. */
  now?: Date;
  /** Defaults to the version in package.json. */
  appVersion?: string;
}

export function buildReportModel(engine: ReportEngine, archiveId: string, opts: BuildOptions): ReportModel {
  return reportModelFrom(
    {
      summary: engine.getSummary(archiveId),
      overview: engine.getOverview(archiveId),
      visibility: engine.getVisibility(archiveId),
      checklist: getChecklist(engine, archiveId),
      appVersion: opts.appVersion ?? appVersion(),
      generatedAt: (opts.now ?? new Date()).toISOString(),
    },
    { redactText: opts.redactText, paper: opts.paper },
  );
}
