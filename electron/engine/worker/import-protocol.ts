/** Messages between the engine worker (or the bench) and the thread that runs one `importArchive`. */
import type { ImportProgress } from '../../../shared/model/progress';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { UserFacingErrorCode } from '../errors';

export interface ImportWorkerData {
  inputPath: string;
  dataDir: string;
  /** Path of better-sqlite3's native addon built for the host runtime (Electron's ABI in the app). */
  sqliteNativeBinding?: string;
  /**
   * False when the owner of the library records the summary itself (the engine worker, the library's
   * one writer); the import then only installs the archive's database.
   */
  registerInLibrary?: boolean;
  /** Replace a complete import with this one even when it is partial (the user confirmed). */
  replace?: boolean;
}

export type ToImportWorker = { type: 'cancel' };

export type FromImportWorker =
  /** The engine's code is loaded; the import starts now. */
  | { type: 'ready' }
  | { type: 'progress'; progress: Omit<ImportProgress, 'jobId'> }
  | { type: 'done'; summary: ArchiveSummary }
  /** `code`: the UserFacingError's, when it was one (WORSE_COPY is asked about, not just shown). */
  | { type: 'error'; message: string; code?: UserFacingErrorCode }
  | { type: 'cancelled' };
