import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/index';
import { jobEvents, type EmitEvent } from '../../../electron/engine/jobs/job-events';
import { startEngine } from '../../../electron/engine/worker/engine-client';
import type { ImportOutcome, ImportProgress } from '../../../shared/model/progress';
import { generateArchive, type GeneratedArchive } from '../../fixtures/generator/index';

const clientsToClose: Array<{ close(): Promise<void> }> = [];

/** Runs imports as jobs of the real engine worker and records every event they emit. */
function recordingJobs(dataDir: string) {
  const progress: ImportProgress[] = [];
  const finished: ImportOutcome[] = [];
  let onFinished: (() => void) | null = null;
  const emit: EmitEvent = (channel, payload) => {
    if (channel === 'import:progress') progress.push(payload as ImportProgress);
    else {
      finished.push(payload as ImportOutcome);
      onFinished?.();
    }
  };
  const jobs = startEngine({ dataDir, jobs: jobEvents(emit) });
  const waitForEnd = () =>
    new Promise<void>((resolve) => {
      if (finished.length) resolve();
      else onFinished = resolve;
    });
  clientsToClose.push(jobs);
  return { jobs, progress, finished, waitForEnd };
}

describe('import jobs of the engine worker', () => {
  let root: string;
  let small: GeneratedArchive;
  let large: GeneratedArchive;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-jobs-'));
    small = await generateArchive({ out: join(root, 'small.zip'), seed: 3, items: 1500 });
    large = await generateArchive({ out: join(root, 'large'), seed: 4, items: 150_000, media: false });
  });
  afterAll(async () => {
    await Promise.all(clientsToClose.map((c) => c.close()));
    rmSync(root, { recursive: true, force: true });
  });

  it('imports with progress and exactly one terminal event carrying the summary', async () => {
    const dataDir = join(root, 'data-done');
    const { jobs, progress, finished, waitForEnd } = recordingJobs(dataDir);
    const jobId = jobs.startJob('import', { path: small.path });
    await waitForEnd();
    expect(finished).toHaveLength(1);
    const outcome = finished[0]!;
    expect(outcome.jobId).toBe(jobId);
    expect(outcome.outcome).toBe('done');
    if (outcome.outcome !== 'done') return;
    expect(outcome.summary.counts).toEqual(small.counts);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.jobId === jobId)).toBe(true);
    expect(progress.at(-1)!.bytesDone).toBeLessThanOrEqual(progress.at(-1)!.bytesTotal);
    const engine = new Engine({ dataDir });
    expect(engine.listArchives().map((a) => a.archiveId)).toEqual([outcome.summary.archiveId]);
    engine.close();
    expect(jobs.runningJobs).toBe(0);
    // The engine that ran the job has the new archive in its library too.
    expect((await jobs.engine.listArchives()).map((a) => a.archiveId)).toEqual([outcome.summary.archiveId]);
  });

  it('cancels mid-import, leaving the library exactly as it was', async () => {
    const dataDir = join(root, 'data-cancel');
    const first = recordingJobs(dataDir);
    first.jobs.startJob('import', { path: small.path });
    await first.waitForEnd();
    const before = new Engine({ dataDir });
    const libraryBefore = before.listArchives();
    before.close();

    const { jobs, progress, finished, waitForEnd } = recordingJobs(dataDir);
    const jobId = jobs.startJob('import', { path: large.path });
    while (!progress.some((p) => p.step === 'reading' && p.recordsDone > 0)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    jobs.cancelJob(jobId);
    await waitForEnd();
    expect(finished).toEqual([{ jobId, outcome: 'cancelled' }]);

    const after = new Engine({ dataDir });
    expect(after.listArchives()).toEqual(libraryBefore);
    after.close();
    expect(readdirSync(join(dataDir, 'archives')).filter((name) => name.includes('.partial'))).toEqual([]);
  });

  it('reports a bad path as one readable error event', async () => {
    const { jobs, finished, waitForEnd } = recordingJobs(join(root, 'data-error'));
    const jobId = jobs.startJob('import', { path: join(root, 'no-such-archive.zip') });
    await waitForEnd();
    expect(finished).toHaveLength(1);
    expect(finished[0]).toMatchObject({ jobId, outcome: 'error' });
    const message = (finished[0] as { message: string }).message;
    expect(message).toMatch(/no-such-archive\.zip/);
    expect(message).not.toMatch(/\n\s+at /);
  });
});
