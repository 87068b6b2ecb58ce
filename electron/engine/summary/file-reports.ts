import type { ArchiveSummary, FileReport, FileStatus } from '../../../shared/model/summary';

/** Per-file reports a summary keeps; the full list is in the archive's own database (data_files). */
export const KEPT_FILE_REPORTS = 200;
/** Warnings a summary keeps, and the length of each. */
const KEPT_WARNINGS = 50;
const WARNING_CHARS = 1000;

/** Which reports are kept first when there are too many: problems before successes. */
const PRIORITY: readonly FileStatus[] = ['error', 'missing', 'unknown', 'empty', 'imported'];

/**
 * The per-file reports as a summary keeps them: all of them when they are few; else counts per
 * status and the first KEPT_FILE_REPORTS, problems first, in archive order. One archive whose
 * manifest lists 505,000 missing files must not make every later `list` pay for an 83 MB summary.
 */
export function keptFileReports(files: readonly FileReport[]): Pick<ArchiveSummary, 'files' | 'fileCounts'> {
  if (files.length <= KEPT_FILE_REPORTS) return { files: [...files] };
  const byStatus: Partial<Record<FileStatus, number>> = {};
  for (const f of files) byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
  const kept: number[] = [];
  for (const status of PRIORITY) {
    for (let i = 0; i < files.length && kept.length < KEPT_FILE_REPORTS; i++) {
      if (files[i]!.status === status) kept.push(i);
    }
  }
  kept.sort((a, b) => a - b);
  return { files: kept.map((i) => files[i]!), fileCounts: { total: files.length, byStatus } };
}

/** The warnings as a summary keeps them: at most KEPT_WARNINGS, each cut to WARNING_CHARS. */
export function keptWarnings(warnings: readonly string[]): string[] {
  const kept = warnings
    .slice(0, KEPT_WARNINGS)
    .map((w) => (w.length > WARNING_CHARS ? `${w.slice(0, WARNING_CHARS - 1)}…` : w));
  if (warnings.length > KEPT_WARNINGS) kept.push(`and ${warnings.length - KEPT_WARNINGS} more warnings`);
  return kept;
}
