import { setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/**
 * Lowers the priority of the calling worker thread: an import is background work, and the threads a
 * person is waiting on (the app's main thread, a UI) should get the CPU first. On Linux a nice value
 * is per thread; elsewhere it would apply to the whole process, so nothing is done there, nor on a
 * main thread (the CLI's import is the whole job).
 */
export function lowerThreadPriority(): void {
  if (isMainThread || process.platform !== 'linux') return;
  try {
    setPriority(10);
  } catch {
    // Not permitted: keep the normal priority.
  }
}
