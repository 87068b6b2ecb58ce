/**
 * Request handlers for the checklist and report channels, shared by Electron's main process and the e2e
 * harness (spread into the service's handlers). Printing to PDF needs a browser engine, so the host
 * provides it: a hidden window's printToPDF in Electron, Chromium's page.pdf in the harness.
 */
import { writeFile } from 'node:fs/promises';
import type { Req, RequestChannel, Res } from '../../../shared/ipc/contract';
import type { PaperSize } from '../../../shared/report/model';
import { letterText } from '../../../shared/checklist/rights/letter';
import { UserFacingError } from '../errors';
import { renderLetterHtml } from './render-html';
import { writeReportFile } from './files';
import type { SaveTarget } from '../service/host';
import type { EngineJobs, RemoteEngine } from '../worker/engine-client';

export type ReportChannel = Extract<RequestChannel, `checklist:${string}` | `report:${string}`>;
export type ReportHandlers = { [C in ReportChannel]: (req: Req<C>) => Promise<Res<C>> | Res<C> };

export interface ReportHost {
  pickSavePath(target: SaveTarget): Promise<string | null>;
  /** Prints self-contained HTML to PDF bytes (paper size and page numbers come from the document's CSS). */
  printToPdf?(html: string, paper: PaperSize): Promise<Uint8Array>;
}

async function defaultName(engine: RemoteEngine, archiveId: string, extension: string): Promise<string> {
  const { username } = (await engine.getSummary(archiveId)).account;
  const safe = username.replace(/[^A-Za-z0-9_-]/g, '') || 'account';
  return `x-exposure-report-${safe}-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

export function createReportHandlers({
  engine,
  jobs,
  host,
}: {
  engine: RemoteEngine;
  jobs: EngineJobs;
  host: ReportHost;
}): ReportHandlers {
  return {
    'checklist:get': ({ archiveId }) => engine.getChecklist(archiveId),
    'checklist:set': ({ archiveId, stepId, status }) => engine.setChecklistStep(archiveId, stepId, status),
    'checklist:residence': ({ archiveId, residence }) => engine.setResidence(archiveId, residence),
    'checklist:saveLetter': async ({ archiveId, format }) => {
      const { letter } = (await engine.getChecklist(archiveId)).rights;
      if (!letter)
        throw new UserFacingError(
          'INTERNAL',
          'There is no letter to save: tell the app where you live first.',
        );
      const print = host.printToPdf?.bind(host);
      if (format === 'pdf' && !print)
        throw new UserFacingError(
          'INTERNAL',
          'Saving as PDF is not available here; save the letter as text.',
        );
      const path = await host.pickSavePath({
        defaultName: (await defaultName(engine, archiveId, format)).replace('-report-', '-letter-'),
        filters: [
          format === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Text', extensions: ['txt'] },
        ],
      });
      if (!path) return { path: null };
      if (format === 'pdf' && print) await writeFile(path, await print(renderLetterHtml(letter, 'a4'), 'a4'));
      else await writeFile(path, letterText(letter), 'utf8');
      return { path };
    },
    'report:build': (req) => ({ jobId: jobs.startJob('report', req) }),
    // The report is built by a job of the engine (progress, Cancel), which writes HTML itself; a PDF
    // is printed here, where the browser engine is, before the job ends.
    'report:savePdf': async (req) => {
      const print = host.printToPdf?.bind(host);
      if (!print)
        throw new UserFacingError(
          'INTERNAL',
          'Saving as PDF is not available here; save the report as HTML.',
        );
      const path = await host.pickSavePath({
        defaultName: await defaultName(engine, req.archiveId, 'pdf'),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (!path) return { path: null, jobId: null };
      const jobId = jobs.startJob(
        'reportFile',
        { ...req, path, format: 'pdf' },
        async ({ html }, cancelled) => {
          const pdf = await print(html!, req.paper);
          if (cancelled()) return { outcome: 'cancelled' };
          writeReportFile(path, pdf);
          return { outcome: 'done', result: { path } };
        },
      );
      return { path, jobId };
    },
    'report:saveHtml': async (req) => {
      const path = await host.pickSavePath({
        defaultName: await defaultName(engine, req.archiveId, 'html'),
        filters: [{ name: 'Web page', extensions: ['html'] }],
      });
      if (!path) return { path: null, jobId: null };
      return { path, jobId: jobs.startJob('reportFile', { ...req, path, format: 'html' }) };
    },
    'report:saveCsv': async ({ archiveId }) => {
      const path = await host.pickSavePath({
        defaultName: (await defaultName(engine, archiveId, 'csv')).replace('-report-', '-items-'),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (!path) return { path: null, jobId: null };
      return {
        path,
        jobId: jobs.startJob('export', { archiveId, items: { all: true }, path, deletionList: false }),
      };
    },
  };
}
