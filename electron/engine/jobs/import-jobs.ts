/**
 * Long-running imports as jobs: `start` returns an id at once, progress and exactly one terminal event
 * (done | error | cancelled) are emitted with that id, `cancel` aborts through the worker.
 */
import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { EventChannel, EventChannels } from '../../../shared/ipc/contract';
import type { ImportOutcome } from '../../../shared/model/progress';
import type { FromWorker, ImportWorkerData } from '../worker/protocol';

export type SpawnImportWorker = (data: ImportWorkerData) => Worker;
export type EmitEvent = <C extends EventChannel>(channel: C, payload: EventChannels[C]) => void;

interface Job {
  worker: Worker;
  finished: Promise<void>;
}

export class ImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly spawn: SpawnImportWorker,
    private readonly settings: Omit<ImportWorkerData, 'inputPath'>,
    private readonly emit: EmitEvent,
  ) {}

  start(inputPath: string): string {
    const jobId = randomUUID();
    const worker = this.spawn({ ...this.settings, inputPath });
    let settled = false;
    const finish = (outcome: ImportOutcome) => {
      if (settled) return;
      settled = true;
      this.jobs.delete(jobId);
      this.emit('import:finished', outcome);
    };
    const finished = new Promise<void>((resolve) => {
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') return;
        if (message.type === 'progress') {
          if (!settled) this.emit('import:progress', { ...message.progress, jobId });
        } else if (message.type === 'done') finish({ jobId, outcome: 'done', summary: message.summary });
        else if (message.type === 'error') finish({ jobId, outcome: 'error', message: message.message });
        else if (message.type === 'cancelled') finish({ jobId, outcome: 'cancelled' });
      });
      worker.on('error', () =>
        finish({
          jobId,
          outcome: 'error',
          message: 'The import stopped unexpectedly. Your library was not changed.',
        }),
      );
      worker.on('exit', () => {
        finish({
          jobId,
          outcome: 'error',
          message: 'The import stopped unexpectedly. Your library was not changed.',
        });
        resolve();
      });
    });
    this.jobs.set(jobId, { worker, finished });
    return jobId;
  }

  cancel(jobId: string): void {
    this.jobs.get(jobId)?.worker.postMessage({ type: 'cancel' });
  }

  /** Cancels every running job and waits until their workers have exited (app quit, harness stop). */
  async cancelAll(): Promise<void> {
    const running = [...this.jobs.values()];
    for (const job of running) job.worker.postMessage({ type: 'cancel' });
    await Promise.all(running.map((job) => job.finished));
  }

  get running(): number {
    return this.jobs.size;
  }
}
