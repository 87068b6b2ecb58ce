/**
 * The app's own bundle, not the TypeScript sources: the built import worker (out/main/engine-worker.js)
 * imports a real archive and finds its built classification worker, as it does inside Electron.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import type { FromWorker } from '../../electron/engine/worker/protocol';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = resolve(ROOT, '../shared/fixtures/real/alrocar__x');

describe('the built engine worker', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'xe-built-worker-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('imports a real archive from the bundle', async () => {
    const worker = new Worker(join(ROOT, 'out/main/engine-worker.js'), {
      workerData: { inputPath: FIXTURE, dataDir },
    });
    const outcome = await new Promise<FromWorker>((done, fail) => {
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'done' || message.type === 'error' || message.type === 'cancelled')
          done(message);
      });
      worker.on('error', fail);
    });
    await worker.terminate();
    expect(outcome.type).toBe('done');
    if (outcome.type !== 'done') return;
    expect(outcome.summary.counts.posts).toBe(1223);
    expect(outcome.summary.exposure.channels.thirdParty).toBeGreaterThanOrEqual(1223);
  });
});
