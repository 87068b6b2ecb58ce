/** Spawns the import worker from TypeScript source under tsx (CLI, e2e harness, bench, tests). */
import { Worker } from 'node:worker_threads';
import type { ImportWorkerData } from '../worker/protocol';

const WORKER_SOURCE = new URL('../worker/engine-worker.ts', import.meta.url);

export function spawnTsxImportWorker(data: ImportWorkerData): Worker {
  return new Worker(WORKER_SOURCE, { workerData: data, execArgv: ['--import', 'tsx'] });
}
