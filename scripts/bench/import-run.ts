/**
 * Runs the engine's import in its worker thread (as the app does) while this thread samples the
 * process's RSS and measures its own event-loop delay.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ArchiveSummary } from '../../shared/model/summary';
import type { ImportProgress } from '../../shared/model/progress';
import { startWorker } from '../../electron/engine/worker/start-worker';
import type { FromImportWorker, ImportWorkerData } from '../../electron/engine/worker/import-protocol';

export interface ImportRun {
  summary: ArchiveSummary;
  /** From the worker's `ready` (engine loaded) to the summary. */
  seconds: number;
  /** Spawning the worker and loading the engine's TypeScript. */
  workerStartSeconds: number;
  peakRssBytes: number;
  /** Worst delay of this thread's event loop during the import proper. */
  maxEventLoopDelayMs: number;
  /** The same while the worker started and loaded the engine (a bench artifact, reported apart). */
  workerStartEventLoopDelayMs: number;
}

const SAMPLE_MS = 20;

export function runImport(
  inputPath: string,
  dataDir: string,
  onProgress: (p: Omit<ImportProgress, 'jobId'>) => void,
): Promise<ImportRun> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, SAMPLE_MS);
  delay.enable();
  const started = performance.now();
  let ready = started;
  let startDelayMs = 0;
  const workerData: ImportWorkerData = { inputPath, dataDir };
  const worker = startWorker('import-worker', { workerData });
  return new Promise<ImportRun>((resolve, reject) => {
    const stop = (): Omit<ImportRun, 'summary'> => {
      const done = performance.now();
      clearInterval(sampler);
      delay.disable();
      // maxRSS (KiB) covers spikes between samples; it is the process's high-water mark so far.
      peakRss = Math.max(peakRss, process.memoryUsage.rss(), process.resourceUsage().maxRSS * 1024);
      return {
        seconds: (done - ready) / 1000,
        workerStartSeconds: (ready - started) / 1000,
        peakRssBytes: peakRss,
        maxEventLoopDelayMs: delay.max / 1e6,
        workerStartEventLoopDelayMs: startDelayMs,
      };
    };
    worker.on('message', (message: FromImportWorker) => {
      if (message.type === 'ready') {
        ready = performance.now();
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
  }).finally(() => void worker.terminate());
}
