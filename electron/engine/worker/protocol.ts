/** Messages between an import job's owner and the worker thread that runs `importArchive`. */
import type { ImportProgress } from '../../../shared/model/progress';
import type { ArchiveSummary } from '../../../shared/model/summary';

export interface ImportWorkerData {
  inputPath: string;
  dataDir: string;
  /** Path of better-sqlite3's native addon built for the host runtime (Electron's ABI in the app). */
  sqliteNativeBinding?: string;
}

export type ToWorker = { type: 'cancel' };

export type FromWorker =
  /** The engine is loaded; the import starts now. */
  | { type: 'ready' }
  | { type: 'progress'; progress: Omit<ImportProgress, 'jobId'> }
  | { type: 'done'; summary: ArchiveSummary }
  | { type: 'error'; message: string }
  | { type: 'cancelled' };
