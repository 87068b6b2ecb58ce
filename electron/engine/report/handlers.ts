/**
 * Request handlers for the checklist and report channels, shared by Electron's main process and the e2e
 * harness (spread into the service's handlers). Printing to PDF needs a browser engine, so the host
 * provides it: a hidden window's printToPDF in Electron, Chromium's page.pdf in the harness.
 */
import { writeFileSync } from 'node:fs';
import type { Req, RequestChannel, Res } from '../../../shared/ipc/contract';
import type { PaperSize, ReportRequest } from '../../../shared/report/model';
import { getChecklist, setChecklistStep } from '../checklist';
import { UserFacingError } from '../errors';
import type { SaveTarget } from '../service/host';
import { buildReportModel, type ReportEngine } from './build';
import { writeItemsCsv } from './files';
import { renderReportHtml } from './render-html';

export type ReportChannel = Extract<RequestChannel, `checklist:${string}` | `report:${string}`>;
export type ReportHandlers = { [C in ReportChannel]: (req: Req<C>) => Promise<Res<C>> | Res<C> };

export interface ReportHost {
  pickSavePath(target: SaveTarget): Promise<string | null>;
  /** Prints self-contained HTML to PDF bytes (paper size and page numbers come from the document's CSS). */
  printToPdf?(html: string, paper: PaperSize): Promise<Uint8Array>;
}

function defaultName(engine: ReportEngine, archiveId: string, extension: string): string {
  const { username } = engine.getSummary(archiveId).account;
  const safe = username.replace(/[^A-Za-z0-9_-]/g, '') || 'account';
  return `x-exposure-report-${safe}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

export function createReportHandlers({
  engine,
  host,
}: {
  engine: ReportEngine;
  host: ReportHost;
}): ReportHandlers {
  const html = (req: ReportRequest) => renderReportHtml(buildReportModel(engine, req.archiveId, req));
  return {
    'checklist:get': ({ archiveId }) => getChecklist(engine, archiveId),
    'checklist:set': ({ archiveId, stepId, status }) => setChecklistStep(engine, archiveId, stepId, status),
    'report:build': (req) => buildReportModel(engine, req.archiveId, req),
    'report:savePdf': async (req) => {
      const print = host.printToPdf?.bind(host);
      if (!print)
        throw new UserFacingError(
          'INTERNAL',
          'Saving as PDF is not available here; save the report as HTML.',
        );
      const path = await host.pickSavePath({
        defaultName: defaultName(engine, req.archiveId, 'pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!path) return { path: null };
      writeFileSync(path, await print(html(req), req.paper));
      return { path };
    },
    'report:saveHtml': async (req) => {
      const path = await host.pickSavePath({
        defaultName: defaultName(engine, req.archiveId, 'html'),
        filters: [{ name: 'Web page', extensions: ['html'] }],
      });
      if (!path) return { path: null };
      writeFileSync(path, html(req), 'utf8');
      return { path };
    },
    'report:saveCsv': async ({ archiveId }) => {
      const path = await host.pickSavePath({
        defaultName: defaultName(engine, archiveId, 'csv').replace('-report-', '-items-'),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (!path) return { path: null, rows: 0 };
      return { path, rows: writeItemsCsv(engine, archiveId, path) };
    },
  };
}
