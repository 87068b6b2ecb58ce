/**
 * The owner's side of the engine worker: `startEngine()` is the one way to run the engine off the
 * caller's thread (the app's main process, the e2e harness, tests). Calls come back as promises, jobs
 * as events, media as streams, all over the protocol in protocol.ts.
 */
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type { Worker } from 'node:worker_threads';
import type { Engine } from '../engine';
import { UserFacingError, describeForUser } from '../errors';
import type { JobArgs, JobEnd, JobKind, JobProgressOf, JobResult } from '../jobs/job-types';
import {
  ENGINE_CALLS,
  type EngineCall,
  type EngineWorkerData,
  type FromEngine,
  type ToEngine,
  type WireError,
} from './protocol';
import { startWorker } from './start-worker';

/** The engine as the owner sees it: every call of the protocol, answered later. */
export type RemoteEngine = {
  [M in EngineCall]: (...args: Parameters<Engine[M]>) => Promise<Awaited<ReturnType<Engine[M]>>>;
} & {
  openMedia(
    archiveId: string,
    archivePath: string,
  ): Promise<{ stream: Readable; mime: string; size: number }>;
};

/** Starting and cancelling the engine's jobs (what the request handlers need). */
export type EngineJobs = Pick<EngineClient, 'startJob' | 'cancelJob'>;

export interface JobListener {
  progress(jobId: string, kind: JobKind, progress: JobProgressOf<JobKind>): void;
  end(jobId: string, kind: JobKind, end: JobEnd): void;
}

export interface StartEngineOptions extends EngineWorkerData {
  /** Told about every job's progress and its one end. */
  jobs: JobListener;
}

const STOPPED = 'The engine of X Exposure stopped unexpectedly. Try again; it starts again on its own.';
const CLOSED = 'The engine of X Exposure is closed.';

function fromWire(error: WireError): Error {
  return error.userFacing
    ? new UserFacingError(error.code, error.message, error.file)
    : new Error(error.message);
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/**
 * The owner's last step of a job whose engine part is done (printing a PDF, which needs the app's
 * browser engine): what it returns is the job's end. `cancelled` tells whether Cancel came meanwhile.
 */
export type JobFinish<K extends JobKind> = (
  result: JobResult<K>,
  cancelled: () => boolean,
) => Promise<JobEnd<K>>;

interface RunningJob {
  kind: JobKind;
  cancelCell: Int32Array;
  finish?: JobFinish<JobKind>;
}

/** A finishing step that failed unexpectedly (a UserFacingError says what to do instead). */
const FINISH_FAILED = 'Saving stopped unexpectedly. Nothing was saved.';

export class EngineClient {
  readonly engine: RemoteEngine;
  /** Resolves once the engine's code is loaded in its thread. */
  readonly ready: Promise<void>;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly jobs = new Map<string, RunningJob>();
  private readonly streams = new Map<number, Readable>();
  private stopped: Error | null = null;
  private closing: Promise<void> | null = null;

  private worker: Worker;

  /** `spawn` starts a worker: once now, and again on the next call after the thread died. */
  constructor(
    private readonly spawn: () => Worker,
    private readonly listener: JobListener,
  ) {
    let onReady: () => void = () => {};
    this.ready = new Promise((resolve) => (onReady = resolve));
    this.worker = this.attach(spawn(), onReady);
    const engine: Record<string, unknown> = {
      openMedia: (archiveId: string, archivePath: string) => this.openMedia(archiveId, archivePath),
    };
    for (const method of ENGINE_CALLS) engine[method] = (...args: unknown[]) => this.call(method, args);
    this.engine = engine as RemoteEngine;
  }

  /** Listens to a worker; a thread that is no longer the current one is not heard. */
  private attach(worker: Worker, onReady: () => void): Worker {
    worker.on('message', (message: FromEngine) => {
      if (worker !== this.worker) return;
      if (message.type === 'ready') onReady();
      else this.receive(message);
    });
    worker.on('error', () => worker === this.worker && this.stop());
    worker.on('exit', () => {
      onReady();
      if (worker === this.worker) this.stop();
    });
    return worker;
  }

  /**
   * After the thread died unexpectedly (its calls and jobs failed with STOPPED), the next call starts
   * a new one on the same data folder.
   */
  private restartIfStopped(): void {
    if (!this.stopped || this.closing) return;
    this.stopped = null;
    this.worker = this.attach(this.spawn(), () => {});
  }

  /**
   * Starts a job; its id is returned at once, its progress and end go to the listener. `finish`, when
   * given, runs here once the engine is done, and its answer is the end the listener gets.
   */
  startJob<K extends JobKind>(kind: K, args: JobArgs<K>, finish?: JobFinish<K>): string {
    const jobId = randomUUID();
    const cancelCell = new SharedArrayBuffer(4);
    this.jobs.set(jobId, {
      kind,
      cancelCell: new Int32Array(cancelCell),
      ...(finish ? { finish: finish as unknown as JobFinish<JobKind> } : {}),
    });
    this.restartIfStopped();
    if (this.closing) {
      queueMicrotask(() => this.endJob(jobId, { outcome: 'error', message: CLOSED }));
      return jobId;
    }
    this.post({ type: 'job:start', jobId, kind, args, cancelCell });
    return jobId;
  }

  cancelJob(jobId: string): void {
    const job = this.jobs.get(jobId);
    if (!job) return;
    Atomics.store(job.cancelCell, 0, 1);
    this.post({ type: 'job:cancel', jobId });
  }

  get runningJobs(): number {
    return this.jobs.size;
  }

  /** Cancels every job, waits for their ends, closes every connection and stops the thread. */
  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      if (this.stopped) return resolve();
      for (const job of this.jobs.values()) Atomics.store(job.cancelCell, 0, 1);
      this.worker.once('exit', () => resolve());
      this.post({ type: 'close' });
    });
    return this.closing;
  }

  private call(method: EngineCall | 'media:open', args: unknown[]): Promise<unknown> {
    this.restartIfStopped();
    if (this.closing) return Promise.reject(new Error(CLOSED));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      if (method === 'media:open') {
        const [archiveId, archivePath] = args as [string, string];
        this.post({ type: 'media:open', id, archiveId, archivePath });
      } else this.post({ type: 'call', id, method, args });
    });
  }

  private async openMedia(archiveId: string, archivePath: string) {
    const { streamId, mime, size } = (await this.call('media:open', [archiveId, archivePath])) as {
      streamId: number;
      mime: string;
      size: number;
    };
    const stream = new Readable({
      read: () => this.post({ type: 'media:read', streamId }),
      destroy: (error, done) => {
        if (this.streams.delete(streamId)) this.post({ type: 'media:close', streamId });
        done(error);
      },
    });
    this.streams.set(streamId, stream);
    return { stream, mime, size };
  }

  private receive(message: Exclude<FromEngine, { type: 'ready' }>): void {
    switch (message.type) {
      case 'result': {
        const pending = this.pending.get(message.id);
        if (!pending) return;
        this.pending.delete(message.id);
        if (message.ok) pending.resolve(message.value);
        else pending.reject(fromWire(message.error));
        return;
      }
      case 'job:progress': {
        const job = this.jobs.get(message.jobId);
        if (job) this.listener.progress(message.jobId, job.kind, message.progress);
        return;
      }
      case 'job:end':
        this.endJob(message.jobId, message.end);
        return;
      case 'media:chunk': {
        const stream = this.streams.get(message.streamId);
        if (!stream) return;
        if (message.chunk === null) this.streams.delete(message.streamId);
        stream.push(
          message.chunk === null
            ? null
            : Buffer.from(message.chunk.buffer, message.chunk.byteOffset, message.chunk.byteLength),
        );
        return;
      }
      case 'media:error': {
        const stream = this.streams.get(message.streamId);
        this.streams.delete(message.streamId);
        stream?.destroy(new Error('the media file could not be read'));
        return;
      }
      case 'closed':
        void this.worker.terminate();
        return;
    }
  }

  private endJob(jobId: string, end: JobEnd): void {
    const job = this.jobs.get(jobId);
    if (!job) return;
    if (job.finish && end.outcome === 'done') {
      const cancelled = () => Atomics.load(job.cancelCell, 0) === 1;
      void job.finish(end.result, cancelled).then(
        (finished) => this.settleJob(jobId, job, finished),
        (error: unknown) =>
          this.settleJob(jobId, job, {
            outcome: 'error',
            message: error instanceof UserFacingError ? describeForUser(error) : FINISH_FAILED,
          }),
      );
      return;
    }
    this.settleJob(jobId, job, end);
  }

  private settleJob(jobId: string, job: RunningJob, end: JobEnd): void {
    if (this.jobs.get(jobId) !== job) return;
    this.jobs.delete(jobId);
    this.listener.end(jobId, job.kind, end);
  }

  private post(message: ToEngine): void {
    if (!this.stopped) this.worker.postMessage(message);
  }

  /** The thread is gone: every open call fails and every running job ends, once. */
  private stop(): void {
    if (this.stopped) return;
    this.stopped = new Error(STOPPED);
    for (const pending of this.pending.values()) pending.reject(this.stopped);
    this.pending.clear();
    for (const jobId of [...this.jobs.keys()]) this.endJob(jobId, { outcome: 'error', message: STOPPED });
    for (const stream of this.streams.values()) stream.destroy(this.stopped);
    this.streams.clear();
  }
}

/** Starts the engine worker on the data folder (the one function the app, the harness and tests use). */
export function startEngine({ jobs, ...data }: StartEngineOptions): EngineClient {
  return new EngineClient(() => startWorker('engine-worker', { workerData: data }), jobs);
}
