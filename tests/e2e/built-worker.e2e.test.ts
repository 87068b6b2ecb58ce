/**
 * The app's own bundle, not the TypeScript sources: the built engine worker (out/main/engine-worker.js)
 * answers calls, runs an import job in its built import worker, which finds its built classification
 * worker, as inside Electron.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobEnd } from '../../electron/engine/jobs/job-types';
import { EngineClient } from '../../electron/engine/worker/engine-client';
import type { EngineWorkerData } from '../../electron/engine/worker/protocol';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = resolve(ROOT, '../shared/fixtures/real/alrocar__x');

describe('the built engine worker', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xe-built-worker-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports a real archive from the bundle and answers queries on it', async () => {
    let ended: (end: JobEnd) => void = () => {};
    const end = new Promise<JobEnd<'import'>>((resolve) => (ended = resolve as (end: JobEnd) => void));
    const workerData: EngineWorkerData = { dataDir };
    const client = new EngineClient(
      () => new Worker(join(ROOT, 'out/main/engine-worker.js'), { workerData }),
      {
        progress() {},
        end: (_jobId, _kind, outcome) => ended(outcome),
      },
    );
    try {
      client.startJob('import', { path: FIXTURE });
      const outcome = await end;
      expect(outcome.outcome).toBe('done');
      if (outcome.outcome !== 'done') return;
      expect(outcome.result.counts.posts).toBe(1223);
      expect(outcome.result.exposure.channels.thirdParty).toBeGreaterThanOrEqual(1223);
      const [entry] = await client.engine.listArchives();
      expect(entry!.archiveId).toBe(outcome.result.archiveId);
      const page = await client.engine.queryItems({ archiveId: entry!.archiveId, kinds: ['post'], limit: 5 });
      expect(page.total).toBe(1223);
    } finally {
      await client.close();
    }
  });
});
