/**
 * Checklist progress through the real engine: saved in the library database with its date, still there
 * after an engine restart and a re-import, tailored to what the archive holds; and the report handlers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, importArchive } from '../../../electron/engine/index';
import type { ChecklistView } from '../../../shared/checklist/types';
import type { ReportModel } from '../../../shared/report/model';
import { createReportHandlers } from '../../../electron/engine/report/index';
import { startRecordingEngine, type RecordingEngine } from '../jobs/recording-engine';
import { STEP_IDS, type StepId } from '../../../shared/checklist/types';
import { generateArchive, type GeneratedArchive } from '../../fixtures/generator/index';
import { importInto, REAL_ARCHIVE, type Imported } from './support';

let imported: Imported;
let generated: GeneratedArchive;
beforeAll(async () => {
  imported = await importInto(async (dir) => {
    generated = await generateArchive({ out: join(dir, 'archive'), items: 300, seed: 5 });
    return generated.path;
  });
});
afterAll(() => imported?.cleanup());

const step = (view: ChecklistView, id: StepId) => view.steps.find((s) => s.step.id === id)!;

describe('checklist with the real engine', () => {
  it('is tailored to the archive', () => {
    const view = imported.engine.getChecklist(imported.summary.archiveId);
    expect(imported.summary.counts.grokMessages).toBeGreaterThan(0);
    expect(step(view, 'grokHistory').emphasis).toBe('high');
    expect(step(view, 'grokHistory').tailoring[0]).toBe(
      `Your archive holds ${imported.summary.counts.grokMessages} Grok messages.`,
    );
    expect(view.accountId).toBe(generated.account.accountId);
    expect(view.totals).toEqual({ todo: STEP_IDS.length, done: 0, skipped: 0, notApplicable: 0 });
  });

  it('keeps statuses and their dates across an engine restart and a re-import', async () => {
    const { archiveId } = imported.summary;
    imported.engine.setChecklistStep(archiveId, 'grokDataSharing', 'done', new Date('2026-11-20T09:00:00Z'));
    imported.engine.setChecklistStep(
      archiveId,
      'euRights',
      'notApplicable',
      new Date('2026-11-21T09:00:00Z'),
    );
    imported.engine.setChecklistStep(archiveId, 'leaveX', 'skipped', new Date('2026-11-21T10:00:00Z'));
    imported.engine.setChecklistStep(archiveId, 'leaveX', 'todo', new Date('2026-11-21T11:00:00Z'));

    imported.restart();
    let view = imported.engine.getChecklist(archiveId);
    expect(step(view, 'grokDataSharing').progress).toEqual({
      status: 'done',
      updatedAt: '2026-11-20T09:00:00.000Z',
    });
    expect(step(view, 'euRights').progress).toEqual({
      status: 'notApplicable',
      updatedAt: '2026-11-21T09:00:00.000Z',
    });
    expect(step(view, 'leaveX').progress).toEqual({ status: 'todo', updatedAt: null });
    expect(view.totals).toEqual({ todo: STEP_IDS.length - 2, done: 1, skipped: 0, notApplicable: 1 });

    imported.engine.close();
    const again = await importArchive(generated.path, { dataDir: imported.dataDir });
    expect(again.archiveId).toBe(archiveId);
    imported.engine = new Engine({ dataDir: imported.dataDir });
    view = imported.engine.getChecklist(archiveId);
    expect(step(view, 'grokDataSharing').progress.status).toBe('done');
  });

  it('finds the language hint in a real archive', async () => {
    const real = await importInto(REAL_ARCHIVE);
    try {
      const eu = step(real.engine.getChecklist(real.summary.archiveId), 'euRights');
      expect(eu.tailoring).toContain('Language of some of your posts: Catalan: 6 posts');
      expect(eu.emphasis).toBe('normal');
    } finally {
      real.cleanup();
    }
  });
});

describe('report and checklist request handlers', () => {
  // The handlers run in the app's main process and reach the engine in its worker thread.
  let engine: RecordingEngine;
  beforeAll(async () => {
    engine = startRecordingEngine(imported.dataDir);
    await engine.client.ready;
  });
  afterAll(() => engine.client.close());

  it('answer through the engine and save files where the host says', async () => {
    const { archiveId } = imported.summary;
    const printed: Array<{ html: string; paper: string }> = [];
    const handlers = createReportHandlers({
      engine: engine.client.engine,
      jobs: engine.client,
      host: {
        pickSavePath: async (target) => join(imported.dir, target.defaultName),
        printToPdf: async (html, paper) => {
          printed.push({ html, paper });
          return new TextEncoder().encode('%PDF-1.4 stub');
        },
      },
    });
    const set = await handlers['checklist:set']({ archiveId, stepId: 'bookmarks', status: 'skipped' });
    expect(step(set, 'bookmarks').progress.status).toBe('skipped');
    expect(step(await handlers['checklist:get']({ archiveId }), 'bookmarks').progress.status).toBe('skipped');

    // The report is built by a report job of the engine.
    const { jobId } = await handlers['report:build']({ archiveId, redactText: true, paper: 'letter' });
    const built = await engine.ended(jobId);
    if (built.outcome !== 'done') throw new Error(`the report job ended ${built.outcome}`);
    const model = built.result as ReportModel;
    expect(model.options).toEqual({ redactText: true, paper: 'letter' });
    expect(model.checklist.steps.find((s) => s.title === 'Clear your bookmarks on X')!.status).toBe(
      'skipped',
    );

    // Saving the report is a job of the engine too: it builds the page section by section; a PDF is
    // printed by the host before the job ends.
    const pdf = await handlers['report:savePdf']({ archiveId, redactText: false, paper: 'a4' });
    expect(pdf.path).toMatch(/x-exposure-report-synth_\d+-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(await engine.ended(pdf.jobId!)).toEqual({ outcome: 'done', result: { path: pdf.path } });
    expect(readFileSync(pdf.path!, 'utf8')).toBe('%PDF-1.4 stub');
    expect(printed[0]!.paper).toBe('a4');
    expect(printed[0]!.html).toContain('<!doctype html>');
    expect(engine.progress.get(pdf.jobId!)).toContainEqual({ done: 5, total: 5 });

    const html = await handlers['report:saveHtml']({ archiveId, redactText: false, paper: 'a4' });
    expect(await engine.ended(html.jobId!)).toEqual({ outcome: 'done', result: { path: html.path } });
    expect(readFileSync(html.path!, 'utf8')).toContain('Your X data and AI training');

    const csv = await handlers['report:saveCsv']({ archiveId });
    expect(csv.path).toMatch(/x-exposure-items-synth_\d+-.*\.csv$/);
    // Every item is written by an export job of the engine.
    expect(await engine.ended(csv.jobId!)).toMatchObject({ outcome: 'done', result: { path: csv.path } });
    const end = (await engine.ended(csv.jobId!)) as { result: { rows: number } };
    expect(end.result.rows).toBeGreaterThan(200);
    expect(readFileSync(csv.path!, 'utf8').split('\r\n').length).toBeGreaterThan(200);
  });

  it('a Cancel while the PDF prints keeps no file; a folder that cannot be written says so', async () => {
    const { archiveId } = imported.summary;
    let cancelWhilePrinting = (): void => {};
    const handlers = createReportHandlers({
      engine: engine.client.engine,
      jobs: engine.client,
      host: {
        pickSavePath: async (target) =>
          target.defaultName.endsWith('.pdf')
            ? join(imported.dir, 'cancelled.pdf')
            : join(imported.dir, 'no-such-folder', target.defaultName),
        printToPdf: async () => {
          cancelWhilePrinting();
          return new TextEncoder().encode('%PDF-1.4 stub');
        },
      },
    });
    const pdf = await handlers['report:savePdf']({ archiveId, redactText: false, paper: 'a4' });
    cancelWhilePrinting = () => engine.client.cancelJob(pdf.jobId!);
    expect(await engine.ended(pdf.jobId!)).toEqual({ outcome: 'cancelled' });
    expect(existsSync(pdf.path!)).toBe(false);

    const html = await handlers['report:saveHtml']({ archiveId, redactText: false, paper: 'a4' });
    const end = await engine.ended(html.jobId!);
    expect(end).toMatchObject({ outcome: 'error' });
    expect((end as { message: string }).message).toMatch(/could not be written there|cannot be opened/);
    expect(existsSync(html.path!)).toBe(false);
  });

  it('says so when the host cannot print, and returns null when the user cancels', async () => {
    const { archiveId } = imported.summary;
    const handlers = createReportHandlers({
      engine: engine.client.engine,
      jobs: engine.client,
      host: { pickSavePath: async () => null },
    });
    await expect(handlers['report:savePdf']({ archiveId, redactText: false, paper: 'a4' })).rejects.toThrow(
      'Saving as PDF is not available here',
    );
    expect(await handlers['report:saveHtml']({ archiveId, redactText: false, paper: 'a4' })).toEqual({
      path: null,
      jobId: null,
    });
    expect(await handlers['report:saveCsv']({ archiveId })).toEqual({ path: null, jobId: null });
  });
});
