import type { ArchiveSummary } from './summary';

export type ImportStep = 'opening' | 'planning' | 'reading' | 'classifying' | 'indexing' | 'finishing';

export interface ImportProgress {
  jobId: string;
  step: ImportStep;
  /** Overall bytes of data files processed and in total. */
  bytesDone: number;
  bytesTotal: number;
  recordsDone: number;
  currentFile: { path: string; bytesDone: number; bytesTotal: number; records: number } | null;
  filesDone: number;
  filesTotal: number;
  elapsedMs: number;
}

export type ImportOutcome =
  | { jobId: string; outcome: 'done'; summary: ArchiveSummary }
  /**
   * `canReplace`: this copy could not be read completely and the library keeps a complete import of
   * the same archive; importing it anyway (`replace`) needs the user's confirmation.
   */
  | { jobId: string; outcome: 'error'; message: string; canReplace?: true }
  | { jobId: string; outcome: 'cancelled' };
