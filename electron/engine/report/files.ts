/** Writing the report's files: the self-contained HTML, and every item as CSV (via the engine's exporter). */
import { writeFileSync } from 'node:fs';
import { UserFacingError } from '../errors';
import { storageError } from '../storage-errors';
import { buildReportModel, type BuildOptions, type ReportEngine } from './build';
import { renderReportHtml } from './render-html';

/** Writes a saved report (HTML text or PDF bytes) where the person chose; a failure says what to do. */
export function writeReportFile(path: string, data: string | Uint8Array): void {
  try {
    writeFileSync(path, data, typeof data === 'string' ? 'utf8' : undefined);
  } catch (err) {
    throw (
      storageError(err, path, { kind: 'data folder' }) ??
      new UserFacingError(
        'INTERNAL',
        'The report could not be written there: choose another folder and save again.',
        path,
      )
    );
  }
}

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
