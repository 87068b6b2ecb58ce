/**
 * Runs the floor (baseline.ts) in a worker thread at the priority the import runs at: the engine's
 * import thread lowers its own priority (background work), so on a machine where other work wants
 * the CPU, a floor measured at normal priority would be compared with an import that yields to
 * everything else, and the ratio would measure the scheduler rather than the code. Also gives the
 * CPU time the floor took (the process's, every thread: only this worker is busy meanwhile).
 */
import { Worker } from 'node:worker_threads';
import type { Baseline } from './baseline';

export interface ThreadBaseline extends Baseline {
  cpuSeconds: number;
}

export function runBaselineThread(zipPath: string): Promise<ThreadBaseline> {
  const tsx = import.meta.resolve('tsx/esm/api');
  const priority = new URL('../../electron/engine/ingest/background-priority.ts', import.meta.url).href;
  const baseline = new URL('./baseline.ts', import.meta.url).href;
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    (async () => {
      const { register } = await import(${JSON.stringify(tsx)});
      register();
      const { lowerThreadPriority } = await import(${JSON.stringify(priority)});
      const { runBaseline } = await import(${JSON.stringify(baseline)});
      lowerThreadPriority();
      parentPort.postMessage({ cpu: process.cpuUsage() });
      const result = await runBaseline(workerData);
      parentPort.postMessage({ cpu: process.cpuUsage(), result });
    })();`;
  const worker = new Worker(source, { eval: true, workerData: zipPath });
  const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
  let startCpu = 0;
  return new Promise<ThreadBaseline>((resolve, reject) => {
    worker.on('message', (m: { cpu: NodeJS.CpuUsage; result?: Baseline }) => {
      if (!m.result) startCpu = cpuSeconds(m.cpu);
      else resolve({ ...m.result, cpuSeconds: cpuSeconds(m.cpu) - startCpu });
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the floor's thread stopped (exit code ${code})`)));
  }).finally(() => void worker.terminate());
}
