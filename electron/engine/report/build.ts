/** Gathers one archive's report inputs from the Engine and builds the ReportModel. */
import { reportModelFrom, type ReportInputs } from '../../../shared/report/build-model';
import type { ComparisonOutcome } from '../../../shared/report/comparison';
import type { ReportModel, ReportOptions } from '../../../shared/report/model';
import type { ArchiveComparison } from '../../../shared/model/compare';
import type { ChecklistView } from '../../../shared/checklist/types';
import type { Overview, VisibilitySettings } from '../../../shared/model/overview';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { describeForUser, toUserFacing, UserFacingError } from '../errors';
import { noProgress, type Progress } from '../services/progress';
import { appVersion } from './app-version';
import type { AccountData } from '../../../shared/model/account-data';

/** What the report's comparison needs from the Engine. */
export interface ComparingEngine {
  compareArchives(olderId: string, newerId: string, opts?: object, progress?: Progress): ArchiveComparison;
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

/**
 * A failed comparison (other account, unknown archive...) becomes a note in the report, not a failed
 * report; a cancelled one stops the report.
 */
export function compareForReport(
  engine: ComparingEngine,
  olderId: string,
  newerId: string,
  progress: Progress = noProgress,
): ComparisonOutcome {
  try {
    return { olderId, result: engine.compareArchives(olderId, newerId, {}, progress) };
  } catch (e) {
    if (e instanceof UserFacingError && e.code === 'CANCELLED') throw e;
    return { olderId, error: describeForUser(toUserFacing(e)) };
  }
}

/**
 * Builds the report section by section. `progress` counts the sections read (the comparison, when
 * asked for, counts as the rest of the work) and may throw between them to stop a cancelled build.
 */
export function buildReportModel(
  engine: ReportEngine,
  archiveId: string,
  opts: BuildOptions,
  progress: Progress = noProgress,
): ReportModel {
  const comparing = opts.compareWith;
  // Five sections count one each; a comparison counts as five more, its own progress scaled into them.
  const SECTIONS = 5;
  const total = comparing ? SECTIONS * 2 : SECTIONS;
  let step = 0;
  const section = <T>(read: () => T): T => {
    progress(step++, total);
    return read();
  };
  const scaled: Progress = (done, all) =>
    progress(SECTIONS + (all > 0 ? Math.floor((done / all) * SECTIONS) : 0), total);
  const inputs: ReportInputs = {
    summary: section(() => engine.getSummary(archiveId)),
    overview: section(() => engine.getOverview(archiveId)),
    visibility: section(() => engine.getVisibility(archiveId)),
    checklist: section(() => engine.getChecklist(archiveId)),
    accountData: section(() => engine.getAccountData(archiveId)),
    appVersion: opts.appVersion ?? appVersion(),
    generatedAt: (opts.now ?? new Date()).toISOString(),
    ...(comparing ? { comparison: compareForReport(engine, comparing, archiveId, scaled) } : {}),
  };
  progress(total, total);
  return reportModelFrom(inputs, { redactText: opts.redactText, paper: opts.paper });
}
