/**
 * Runs the engine's import in its worker thread (as the app does) while this thread samples the
 * process's RSS and measures its own event-loop delay. Every thread the app has during an import runs
 * from the build (out/cli, built first when missing or stale, as `npm run cli` does): the import worker
 * with its classification workers, and the engine worker, idle beside it as in the app, where it
 * started the import. So what is measured is what ships, and TypeScript being compiled in the threads
 * as they start is neither timed as import nor counted in the peak RSS.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { ArchiveSummary } from '../../shared/model/summary';
import type { ImportProgress } from '../../shared/model/progress';
import { OUT_DIR, buildCli, cliBuildIsStale } from '../build-cli.mjs';
import type { FromImportWorker, ImportWorkerData } from '../../electron/engine/worker/import-protocol';
import type { EngineWorkerData, FromEngine } from '../../electron/engine/worker/protocol';

/** Which code the import ran: the build's folder and when it was built (rebuilt by this run or not). */
export interface MeasuredBuild {
  dir: string;
  builtAt: string;
  rebuilt: boolean;
}

export interface ImportRun {
  summary: ArchiveSummary;
  /** From the worker's `ready` (engine loaded) to the summary. */
  seconds: number;
  /** CPU time of the whole process (every thread) over the same span: steadier on a busy machine. */
  cpuSeconds: number;
  /** Spawning the worker and loading the engine's TypeScript. */
  workerStartSeconds: number;
  peakRssBytes: number;
  /** Worst delay of this thread's event loop during the import proper. */
  maxEventLoopDelayMs: number;
  /** The same while the worker started and loaded the engine (a bench artifact, reported apart). */
  workerStartEventLoopDelayMs: number;
  build: MeasuredBuild;
}

/** Builds out/cli when missing or stale, and says which build the bench measures. */
async function ensureBuild(): Promise<MeasuredBuild> {
  const rebuilt = cliBuildIsStale();
  if (rebuilt) await buildCli();
  const builtAt = statSync(join(OUT_DIR, 'import-worker.js')).mtime.toISOString();
  return { dir: OUT_DIR, builtAt, rebuilt };
}

/** The built engine worker, started on the data folder as the app starts it, once it is ready. */
async function startBuiltEngine(dataDir: string): Promise<Worker> {
  const workerData: EngineWorkerData = { dataDir };
  const engine = new Worker(join(OUT_DIR, 'engine-worker.js'), { workerData });
  await new Promise<void>((resolve, reject) => {
    engine.on('message', (message: FromEngine) => {
      if (message.type === 'ready') resolve();
    });
    engine.once('error', reject);
    engine.once('exit', () => reject(new Error('the engine worker exited before it was ready')));
  });
  return engine;
}

const SAMPLE_MS = 20;

export async function runImport(
  inputPath: string,
  dataDir: string,
  onProgress: (p: Omit<ImportProgress, 'jobId'>) => void,
): Promise<ImportRun> {
  const build = await ensureBuild();
  const engine = await startBuiltEngine(dataDir);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, SAMPLE_MS);
  delay.enable();
  const started = performance.now();
  let ready = started;
  const cpuNow = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  let readyCpu = cpuNow();
  let startDelayMs = 0;
  const workerData: ImportWorkerData = { inputPath, dataDir };
  const worker = new Worker(join(OUT_DIR, 'import-worker.js'), { workerData });
  return new Promise<ImportRun>((resolve, reject) => {
    const stop = (): Omit<ImportRun, 'summary'> => {
      const done = performance.now();
      const doneCpu = cpuNow();
      clearInterval(sampler);
      delay.disable();
      // maxRSS (KiB) covers spikes between samples; it is the process's high-water mark so far.
      peakRss = Math.max(peakRss, process.memoryUsage.rss(), process.resourceUsage().maxRSS * 1024);
      return {
        seconds: (done - ready) / 1000,
        cpuSeconds: doneCpu - readyCpu,
        workerStartSeconds: (ready - started) / 1000,
        peakRssBytes: peakRss,
        maxEventLoopDelayMs: delay.max / 1e6,
        workerStartEventLoopDelayMs: startDelayMs,
        build,
      };
    };
    worker.on('message', (message: FromImportWorker) => {
      if (message.type === 'ready') {
        ready = performance.now();
        readyCpu = cpuNow();
        startDelayMs = delay.max / 1e6;
        delay.reset();
      } else if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'done') resolve({ summary: message.summary, ...stop() });
      else if (message.type === 'error') reject(new Error(`import failed: ${message.message}`));
      else reject(new Error('import cancelled'));
    });
    worker.on('error', (error) => {
      stop();
      reject(error);
    });
  }).finally(() => {
    void worker.terminate();
    void engine.terminate();
  });
}
