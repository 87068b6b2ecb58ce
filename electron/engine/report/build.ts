/** Gathers one archive's report inputs from the Engine and builds the ReportModel. */
import { reportModelFrom } from '../../../shared/report/build-model';
import type { ComparisonOutcome } from '../../../shared/report/comparison';
import type { ReportModel, ReportOptions } from '../../../shared/report/model';
import type { ArchiveComparison } from '../../../shared/model/compare';
import type { ChecklistView } from '../../../shared/checklist/types';
import type { Overview, VisibilitySettings } from '../../../shared/model/overview';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { describeForUser, toUserFacing } from '../errors';
import { appVersion } from './app-version';
import type { AccountData } from '../../../shared/model/account-data';

/** What the report's comparison needs from the Engine. */
export interface ComparingEngine {
  compareArchives(olderId: string, newerId: string): ArchiveComparison;
}

/** What the report needs from the Engine (structural, so tests and the harness can pass the real one). */
export interface ReportEngine extends ComparingEngine {
  getSummary(archiveId: string): ArchiveSummary;
  getOverview(archiveId: string): Overview;
  getVisibility(archiveId: string): VisibilitySettings;
  getChecklist(archiveId: string): ChecklistView;
  getAccountData(archiveId: string): AccountData;
  exportItemsCsv(archiveId: string, itemIds: number[] | 'all', outPath: string): number;
}

export interface BuildOptions extends ReportOptions {
  /** Defaults to now. */
  now?: Date;
  /** Defaults to the version in package.json. */
  appVersion?: string;
  /** An older archive of the same account: the report gains a comparison section. */
  compareWith?: string;
}

/** A failed comparison (other account, unknown archive...) becomes a note in the report, not a failed report. */
export function compareForReport(
  engine: ComparingEngine,
  olderId: string,
  newerId: string,
): ComparisonOutcome {
  try {
    return { olderId, result: engine.compareArchives(olderId, newerId) };
  } catch (e) {
    return { olderId, error: describeForUser(toUserFacing(e)) };
  }
}

export function buildReportModel(engine: ReportEngine, archiveId: string, opts: BuildOptions): ReportModel {
  return reportModelFrom(
    {
      summary: engine.getSummary(archiveId),
      overview: engine.getOverview(archiveId),
      visibility: engine.getVisibility(archiveId),
      checklist: engine.getChecklist(archiveId),
      appVersion: opts.appVersion ?? appVersion(),
      generatedAt: (opts.now ?? new Date()).toISOString(),
      accountData: engine.getAccountData(archiveId),
      ...(opts.compareWith ? { comparison: compareForReport(engine, opts.compareWith, archiveId) } : {}),
    },
    { redactText: opts.redactText, paper: opts.paper },
  );
}
