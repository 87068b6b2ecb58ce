/**
 * Spawns the import worker from TypeScript source (CLI, e2e harness, bench, tests). On Node 20 a worker
 * started with `execArgv: ['--import', 'tsx']` gets no TypeScript loader ("Unknown file extension .ts"), so
 * the worker registers tsx through its API first. The engine is loaded before the worker entry and a
 * `ready` message is posted, so transpiling TypeScript (which the app's prebuilt worker never does) can
 * be told apart from the import itself.
 */
import { Worker } from 'node:worker_threads';
import type { ImportWorkerData } from '../worker/protocol';

const ENGINE = new URL('../index.ts', import.meta.url).href;
const WORKER_ENTRY = new URL('../worker/engine-worker.ts', import.meta.url).href;

export function spawnTsxImportWorker(data: ImportWorkerData): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const source = `(async () => {
    const { parentPort } = await import('node:worker_threads');
    const { register } = await import(${JSON.stringify(tsxApi)});
    register();
    await import(${JSON.stringify(ENGINE)});
    parentPort.postMessage({ type: 'ready' });
    await import(${JSON.stringify(WORKER_ENTRY)});
  })();`;
  return new Worker(source, { eval: true, workerData: data });
}
