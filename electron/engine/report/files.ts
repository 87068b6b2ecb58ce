/** Writing the report's files: the self-contained HTML, and every item as CSV (via the engine's exporter). */
import { writeFileSync } from 'node:fs';
import { buildReportModel, type BuildOptions, type ReportEngine } from './build';
import { renderReportHtml } from './render-html';

export function writeReportHtml(
  engine: ReportEngine,
  archiveId: string,
  opts: BuildOptions,
  outPath: string,
): void {
  writeFileSync(outPath, renderReportHtml(buildReportModel(engine, archiveId, opts)), 'utf8');
}

/** Every item with kind, date, visibility, channels, flags, level and URL; UTF-8 with BOM. Returns the row count. */
export function writeItemsCsv(engine: ReportEngine, archiveId: string, outPath: string): number {
  return engine.exportItemsCsv(archiveId, 'all', outPath);
}
