import { Worker } from 'node:worker_threads';
import type { ClassifyContext, ClassifyInput } from '../../../shared/exposure/types';
import { classifyItem } from '../../../shared/exposure/classify';
import { detectorLanguage } from '../../../shared/exposure/language/detector';
import {
  CLASSIFICATION_WIDTH,
  classificationColumns,
  type ClassificationColumns,
} from '../classification/stored-columns';
import type { ReasonStore } from '../classification/reasons';
import { encodeInput } from './classify-wire';
import type { FromClassifier, ToClassifier } from './classify-worker';
import { startWorker } from '../worker/start-worker';

export type ColumnsDone = (cols: ClassificationColumns) => void;

/** Runs the exposure model on items; results may come back later (`drain` waits for all). */
export interface Classifier {
  setContext(ctx: ClassifyContext): void;
  submit(input: ClassifyInput, done: ColumnsDone): void;
  /** A promise to await before submitting more (too many items in flight), or null. */
  backpressure(): Promise<void> | null;
  drain(): Promise<void>;
  /** The language detector's answer for each text, from the thread that holds the detector. */
  detectLanguages(texts: readonly string[]): Promise<Array<string | null>>;
  close(): Promise<void>;
}

/** On the import's own thread (small archives, or no worker available). */
export class InlineClassifier implements Classifier {
  private ctx: ClassifyContext | null = null;

  constructor(private readonly reasons: ReasonStore) {}

  setContext(ctx: ClassifyContext): void {
    this.ctx = ctx;
  }

  submit(input: ClassifyInput, done: ColumnsDone): void {
    const c = classifyItem(input, this.ctx!);
    done(classificationColumns(c, this.reasons.idFor(c)));
  }

  backpressure(): null {
    return null;
  }

  async drain(): Promise<void> {}

  async detectLanguages(texts: readonly string[]): Promise<Array<string | null>> {
    return texts.map(detectorLanguage);
  }

  async close(): Promise<void> {}
}

const BATCH = 512;
// One batch being classified and one waiting is enough to keep the worker busy; more in flight only
// grows both heaps (measured: 8 batches cost ~80 MB of peak memory at a million items, for no speed).
const HIGH_WATER = 2 * BATCH;
const LOW_WATER = BATCH;
/** The worker allocates briefly per item; a small young generation keeps its memory down. */
const WORKER_LIMITS = { resourceLimits: { maxYoungGenerationSizeMb: 4 } };

/**
 * On a second thread: the exposure model is the largest cost of an import after JSON parsing, and
 * it needs nothing but the item, so it runs in parallel with reading and inserting. Items go in
 * batches of flat arrays; results come back in order and their rows are written then.
 */
export class WorkerClassifier implements Classifier {
  private data: unknown[] = [];
  private callbacks: ColumnsDone[] = [];
  private readonly inFlight: ColumnsDone[][] = [];
  private outstanding = 0;
  private readonly reasonIds = new Map<number, number>();
  private failure: Error | null = null;
  private waiters: Array<() => void> = [];
  private drained: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  private detecting: Array<{ resolve: (l: Array<string | null>) => void; reject: (e: Error) => void }> = [];

  constructor(
    private readonly worker: Worker,
    private readonly reasons: ReasonStore,
  ) {
    worker.on('message', (m: FromClassifier) => {
      if (m.type === 'result') this.onResult(m.data, m.reasons);
      else if (m.type === 'languages') this.detecting.shift()?.resolve(m.languages);
    });
    worker.on('error', (err) => this.fail(err));
    worker.on('exit', (code) => {
      if (this.outstanding > 0 || this.detecting.length > 0)
        this.fail(new Error(`the classification worker stopped (exit code ${code})`));
    });
  }

  setContext(ctx: ClassifyContext): void {
    this.send({ type: 'context', ctx });
  }

  submit(input: ClassifyInput, done: ColumnsDone): void {
    if (this.failure) throw this.failure;
    encodeInput(input, this.data);
    this.callbacks.push(done);
    this.outstanding++;
    if (this.callbacks.length === BATCH) this.flush();
  }

  backpressure(): Promise<void> | null {
    if (this.failure) return Promise.reject(this.failure);
    if (this.outstanding < HIGH_WATER) return null;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  drain(): Promise<void> {
    this.flush();
    if (this.failure) return Promise.reject(this.failure);
    if (this.outstanding === 0) return Promise.resolve();
    return new Promise((resolve, reject) => this.drained.push({ resolve, reject }));
  }

  detectLanguages(texts: readonly string[]): Promise<Array<string | null>> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.detecting.push({ resolve, reject });
      this.send({ type: 'detect', texts: [...texts] });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private flush(): void {
    if (this.callbacks.length === 0) return;
    this.inFlight.push(this.callbacks);
    this.send({ type: 'batch', data: this.data });
    this.data = [];
    this.callbacks = [];
  }

  private send(m: ToClassifier): void {
    this.worker.postMessage(m);
  }

  private onResult(data: unknown[], reasons: Array<[number, string]>): void {
    const callbacks = this.inFlight.shift();
    if (!callbacks) return;
    try {
      for (const [key, json] of reasons) this.reasonIds.set(key, this.reasons.idForJson(json));
      for (let i = 0, at = 0; i < callbacks.length; i++, at += CLASSIFICATION_WIDTH) {
        const cols = data.slice(at, at + CLASSIFICATION_WIDTH) as ClassificationColumns;
        cols[5] = this.reasonIds.get(cols[5])!;
        callbacks[i]!(cols);
      }
    } catch (err) {
      this.fail(err as Error);
      return;
    }
    this.outstanding -= callbacks.length;
    if (this.outstanding <= LOW_WATER) for (const w of this.waiters.splice(0)) w();
    if (this.outstanding === 0) for (const d of this.drained.splice(0)) d.resolve();
  }

  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const w of this.waiters.splice(0)) w();
    for (const d of this.drained.splice(0)) d.reject(err);
    for (const d of this.detecting.splice(0)) d.reject(err);
  }
}

/**
 * Starts the classification worker: `builtWorker` where a bundle keeps it elsewhere, else the one way
 * every worker starts (see worker/start-worker.ts). Returns null when no worker can run here, and the
 * import classifies on its own thread.
 */
export function spawnClassifyWorker(builtWorker?: string | URL): Worker | null {
  if (builtWorker) return new Worker(builtWorker, WORKER_LIMITS);
  try {
    return startWorker('classify-worker', WORKER_LIMITS);
  } catch {
    return null;
  }
}
