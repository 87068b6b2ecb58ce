/**
 * The personal exposure report for the app's main process, the e2e harness and the CLI.
 * - buildReportModel(engine, archiveId, {redactText, paper, compareWith?}) -> ReportModel
 * - renderReportHtml(model) -> one self-contained HTML string (print it to PDF with the options below)
 * - writeReportHtml / writeItemsCsv -> files
 * - createReportHandlers({engine, host}) + reportRequestSchemas -> the checklist:* and report:* channels
 */
export { buildReportModel, compareForReport, type BuildOptions, type ReportEngine } from './build';
export { renderReportHtml, reportTitle } from './render-html';
export { writeItemsCsv, writeReportHtml } from './files';
export { chromiumPdfOptions, electronPdfOptions } from './pdf-options';
export { createReportHandlers, type ReportHandlers, type ReportHost, type ReportChannel } from './handlers';
export { reportRequestSchemas } from './schemas';
export { appVersion } from './app-version';
