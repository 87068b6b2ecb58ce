import type { ImportProgress, ImportStep } from '../../../shared/model/progress';

export type ProgressCallback = (p: Omit<ImportProgress, 'jobId'>) => void;

const INTERVAL_MS = 100;

/** Keeps the import's progress and reports it at most ~10 times a second (always on step changes). */
export class ProgressReporter {
  private step: ImportStep = 'opening';
  private readonly started = Date.now();
  private lastSent = 0;
  bytesTotal = 0;
  filesTotal = 0;
  filesDone = 0;
  private bytesBefore = 0;
  private recordsBefore = 0;
  private file: { path: string; bytesDone: number; bytesTotal: number; records: number } | null = null;

  constructor(private readonly callback: ProgressCallback | undefined) {}

  setStep(step: ImportStep): void {
    this.step = step;
    this.emit(true);
  }

  startFile(path: string, bytesTotal: number): void {
    this.file = { path, bytesDone: 0, bytesTotal, records: 0 };
    this.emit(true);
  }

  fileBytes(n: number, records: number): void {
    if (!this.file) return;
    this.file.bytesDone += n;
    this.file.records = records;
    this.emit(false);
  }

  endFile(bytes: number, records: number): void {
    this.bytesBefore += bytes;
    this.recordsBefore += records;
    this.filesDone++;
    this.file = null;
    this.emit(false);
  }

  private emit(force: boolean): void {
    if (!this.callback) return;
    const now = Date.now();
    if (!force && now - this.lastSent < INTERVAL_MS) return;
    this.lastSent = now;
    this.callback({
      step: this.step,
      bytesDone: this.bytesBefore + (this.file?.bytesDone ?? 0),
      bytesTotal: this.bytesTotal,
      recordsDone: this.recordsBefore + (this.file?.records ?? 0),
      currentFile: this.file ? { ...this.file } : null,
      filesDone: this.filesDone,
      filesTotal: this.filesTotal,
      elapsedMs: now - this.started,
    });
  }
}
