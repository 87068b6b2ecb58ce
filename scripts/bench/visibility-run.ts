/**
 * A correction of the protected history (every item re-classified), run as the app runs it: this
 * process plays the app's main process. It starts the built engine worker (out/cli, which the import
 * run has just built or found up to date) through the engine's client, forwards the job's events as
 * main forwards them to the window, and runs the correction as a job through the real protocol, while
 * monitorEventLoopDelay measures this thread's worst delay (the window's freeze, if any).
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { jobEvents } from '../../electron/engine/jobs/job-events';
import type { JobEnd } from '../../electron/engine/jobs/job-types';
import { EngineClient } from '../../electron/engine/worker/engine-client';
import type { EngineWorkerData } from '../../electron/engine/worker/protocol';
import { OUT_DIR } from '../build-cli.mjs';

const IDLE_MS = 5000;

export interface VisibilityRun {
  /** From starting the job to its end. */
  seconds: number;
  /** Worst event-loop delay of the thread playing main, during the correction. */
  mainLoopMaxDelayMs: number;
  mainLoopP99DelayMs: number;
  /**
   * The same thread's worst delay over a few seconds with nothing running: what the machine's other
   * load alone costs (on a busy shared machine, most of the figure above).
   */
  idleLoopMaxDelayMs: number;
  /** Progress events main received (each one a chance for the window to redraw). */
  progressEvents: number;
}

export async function runVisibility(dataDir: string, archiveId: string): Promise<VisibilityRun> {
  let progressEvents = 0;
  let ended: (end: JobEnd) => void = () => {};
  const end = new Promise<JobEnd>((resolve) => (ended = resolve));
  // As main's eventSender does: every event is serialised for the window.
  const toWindow = jobEvents((channel, payload) => {
    if (channel === 'job:progress') progressEvents++;
    JSON.stringify(payload);
  });
  const workerData: EngineWorkerData = { dataDir };
  const client = new EngineClient(() => new Worker(join(OUT_DIR, 'engine-worker.js'), { workerData }), {
    progress: toWindow.progress,
    end: (jobId, kind, outcome) => {
      toWindow.end(jobId, kind, outcome);
      ended(outcome);
    },
  });
  try {
    // The engine's start and the archive's first open are not part of the correction.
    await client.engine.getVisibility(archiveId);
    const idle = monitorEventLoopDelay({ resolution: 10 });
    idle.enable();
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    idle.disable();
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    client.startJob('visibility', { archiveId, ranges: [{ from: '2016-01-01', to: '2018-06-30' }] });
    const outcome = await end;
    const seconds = (performance.now() - started) / 1000;
    delay.disable();
    if (outcome.outcome !== 'done')
      throw new Error(
        `the correction ended with ${outcome.outcome === 'error' ? outcome.message : 'cancel'}`,
      );
    return {
      seconds,
      mainLoopMaxDelayMs: delay.max / 1e6,
      mainLoopP99DelayMs: delay.percentile(99) / 1e6,
      idleLoopMaxDelayMs: idle.max / 1e6,
      progressEvents,
    };
  } finally {
    await client.close();
  }
}
