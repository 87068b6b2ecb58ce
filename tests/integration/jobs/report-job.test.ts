/**
 * Building the report as a job of the real engine worker: progress section by section (the comparison
 * as the rest), exactly one end, and a cancel between sections stops the build.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine, importArchive } from '../../../electron/engine/index';
import { cancelledError } from '../../../electron/engine/errors';
import type { JobEnd } from '../../../electron/engine/jobs/job-types';
import { buildReportModel } from '../../../electron/engine/report/index';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { generateArchive } from '../../fixtures/generator/index';
import { startRecordingEngine, type RecordingEngine } from './recording-engine';

describe('the report as a job of the engine worker', { timeout: 120_000 }, () => {
  let root: string;
  let dataDir: string;
  let older: ArchiveSummary;
  let newer: ArchiveSummary;
  let engine: RecordingEngine;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-report-job-'));
    dataDir = join(root, 'data');
    // The same account (same seed), downloaded again later with more items.
    const a = await generateArchive({ out: join(root, 'a'), items: 1500, seed: 8, media: false });
    const b = await generateArchive({
      out: join(root, 'b'),
      items: 2000,
      seed: 8,
      media: false,
      generationDate: '2026-10-01T00:00:00.000Z',
    });
    older = await importArchive(a.path, { dataDir });
    newer = await importArchive(b.path, { dataDir });
    engine = startRecordingEngine(dataDir);
  }, 240_000);
  afterAll(async () => {
    await engine?.client.close();
    rmSync(root, { recursive: true, force: true });
  });

  const steps = (jobId: string) => engine.stepsOf(jobId);
  const endsOf = (jobId: string) => engine.endsOf(jobId);

  it('builds the report section by section and ends once with it', async () => {
    const jobId = engine.client.startJob('report', {
      archiveId: newer.archiveId,
      redactText: true,
      paper: 'letter',
    });
    const end = (await engine.ended(jobId)) as JobEnd<'report'>;
    if (end.outcome !== 'done') throw new Error(`the report job ended ${end.outcome}`);
    expect(end.result.options).toEqual({ redactText: true, paper: 'letter' });
    expect(end.result.comparison).toBeUndefined();
    expect(steps(jobId)).toEqual([0, 1, 2, 3, 4, 5].map((done) => ({ done, total: 5 })));
    expect(endsOf(jobId)).toHaveLength(1);
  });

  it('counts a comparison as the rest of the work', async () => {
    const jobId = engine.client.startJob('report', {
      archiveId: newer.archiveId,
      redactText: false,
      paper: 'a4',
      compareWith: older.archiveId,
    });
    const end = (await engine.ended(jobId)) as JobEnd<'report'>;
    if (end.outcome !== 'done') throw new Error(`the report job ended ${end.outcome}`);
    expect(end.result.comparison).toMatchObject({ status: 'compared' });
    const seen = steps(jobId);
    expect(seen.every((s) => s.total === 10)).toBe(true);
    expect(seen.map((s) => s.done)).toEqual([...seen.map((s) => s.done)].sort((x, y) => x - y));
    expect(seen.some((s) => s.done > 5 && s.done < 10)).toBe(true);
    expect(seen.at(-1)).toEqual({ done: 10, total: 10 });
    expect(endsOf(jobId)).toHaveLength(1);
  });

  it('cancelled, ends once as cancelled', async () => {
    const jobId = engine.client.startJob('report', {
      archiveId: newer.archiveId,
      redactText: false,
      paper: 'a4',
      compareWith: older.archiveId,
    });
    engine.client.cancelJob(jobId);
    expect(await engine.ended(jobId)).toEqual({ outcome: 'cancelled' });
    expect(endsOf(jobId)).toHaveLength(1);
  });

  it('stops between sections when cancelled, and the comparison does not swallow the cancel', () => {
    const inProcess = new Engine({ dataDir });
    try {
      for (const stopAt of [2, 7]) {
        const read: string[] = [];
        const recording = new Proxy(inProcess, {
          get(target, name, receiver) {
            const value = Reflect.get(target, name, receiver) as unknown;
            if (typeof value !== 'function') return value;
            return (...args: unknown[]) => {
              read.push(String(name));
              return (value as (...a: unknown[]) => unknown).apply(target, args);
            };
          },
        });
        const opts = { redactText: false, paper: 'a4' as const, compareWith: older.archiveId };
        expect(() =>
          buildReportModel(recording, newer.archiveId, opts, (done) => {
            if (done >= stopAt) throw cancelledError();
          }),
        ).toThrow(cancelledError().message);
        if (stopAt === 2) expect(read).toEqual(['getSummary', 'getOverview']);
        else expect(read).toContain('compareArchives');
      }
    } finally {
      inProcess.close();
    }
  });
});
