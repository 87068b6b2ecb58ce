/**
 * The engine's thread dying unexpectedly: the next call starts a new thread on the same data folder
 * instead of every call failing until the app is restarted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineClient } from '../../../electron/engine/worker/engine-client';
import { startWorker } from '../../../electron/engine/worker/start-worker';
import type { JobEnd } from '../../../electron/engine/jobs/job-types';

describe('the engine client after its thread died', { timeout: 60_000 }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xe-engine-restart-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts the engine again on the next call, and its jobs run there', async () => {
    const workers: Worker[] = [];
    const ends: Array<{ jobId: string; end: JobEnd }> = [];
    const client = new EngineClient(
      () => {
        const worker = startWorker('engine-worker', { workerData: { dataDir } });
        workers.push(worker);
        return worker;
      },
      { progress() {}, end: (jobId, _kind, end) => ends.push({ jobId, end }) },
    );
    try {
      await client.ready;
      expect(await client.engine.listArchives()).toEqual([]);

      const exited = new Promise((resolve) => workers[0]!.once('exit', resolve));
      await workers[0]!.terminate();
      await exited;

      expect(await client.engine.listArchives()).toEqual([]);
      expect(workers).toHaveLength(2);
      const again = client.startJob('report', { archiveId: 'nope', redactText: false, paper: 'a4' });
      await expect
        .poll(() => ends.find((e) => e.jobId === again)?.end)
        .toEqual({
          outcome: 'error',
          message: expect.stringContaining('nope') as string,
        });
      expect(workers).toHaveLength(2);
    } finally {
      await client.close();
    }
  });
});
