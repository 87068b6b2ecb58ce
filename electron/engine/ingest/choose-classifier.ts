import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { Database } from 'better-sqlite3';
import { ReasonStore } from '../classification/reasons';
import { prepareClassifying } from '../classification/prepare';
import { InlineClassifier, WorkerClassifier, spawnClassifyWorker, type Classifier } from './classifier';

/** `ImportOptions.classifyWorker`: a built worker's place, false (this thread), true (a worker always). */
export type WorkerChoice = string | URL | boolean | undefined;

/** Below this much data the classification worker costs more to start than it saves. */
const WORKER_MIN_BYTES = 32 * 1024 * 1024;

/**
 * X's data files shrink about six times in its zip, so a zip this large may hold that much data. Its
 * worker starts before the zip is even opened, and has loaded its word lists and language detector
 * by the time the first posts are read. Media make many zips larger than their data: a worker started
 * for nothing is stopped once the data files are counted, having used only the other core meanwhile.
 */
const EARLY_START_ZIP_BYTES = WORKER_MIN_BYTES / 8;

const spawn = (choice: WorkerChoice): Worker | null =>
  spawnClassifyWorker(typeof choice === 'boolean' ? undefined : choice);

function fileBytes(path: string): number {
  try {
    const stat = statSync(path);
    return stat.isFile() ? stat.size : 0;
  } catch {
    return 0; // Opening the archive says what is wrong with the path.
  }
}

/** Early workers that stopped (or failed) before an import took them: a new one is started instead. */
const stopped = new WeakSet<Worker>();

/** The classification worker, started now when the archive at `inputPath` will probably need one. */
export function startWorkerEarly(inputPath: string, choice: WorkerChoice): Worker | null {
  if (choice === false) return null;
  if (choice !== true && fileBytes(inputPath) < EARLY_START_ZIP_BYTES) return null;
  const worker = spawn(choice);
  // Until the classifier listens, a failure must not go unheard (an unheard 'error' ends the process).
  worker?.on('error', () => stopped.add(worker)).on('exit', () => stopped.add(worker));
  return worker;
}

/**
 * The classification worker (the one started early, or a new one), or this thread when the archive
 * holds little data (or no worker can run). Only the thread that classifies loads the language
 * detector: this one only in the second case. A worker started early and not used is stopped.
 */
export async function classifierFor(
  db: Database,
  dataBytes: number,
  choice: WorkerChoice,
  early: Worker | null,
): Promise<Classifier> {
  const reasons = new ReasonStore(db);
  const inWorker = choice === true || (choice !== false && dataBytes >= WORKER_MIN_BYTES);
  let usable = early;
  if (early && (!inWorker || stopped.has(early))) {
    await early.terminate();
    usable = null;
  }
  const worker = inWorker ? (usable ?? spawn(choice)) : null;
  if (worker) return new WorkerClassifier(worker, reasons);
  await prepareClassifying();
  return new InlineClassifier(reasons);
}
