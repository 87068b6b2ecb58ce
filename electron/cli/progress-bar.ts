import type { ImportProgress } from '../../shared/model/progress';
import type { CliIO } from './command';
import { terminalSafe } from './terminal-text';

type Progress = Omit<ImportProgress, 'jobId'>;

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** A one-line progress bar on stderr, redrawn in place (TTY only). */
export class ProgressBar {
  private drawn = false;

  constructor(private readonly io: CliIO) {}

  update(p: Progress): void {
    const ratio = p.bytesTotal > 0 ? Math.min(1, p.bytesDone / p.bytesTotal) : 0;
    const file = p.currentFile ? ` ${terminalSafe(p.currentFile.path)}` : '';
    this.draw(
      ratio,
      p.step === 'reading'
        ? `${(ratio * 100).toFixed(0).padStart(3)}% ${mb(p.bytesDone)}/${mb(p.bytesTotal)} MB, ${p.recordsDone} records${file}`
        : `${p.step}...`,
    );
  }

  /** A job counted in units (items checked again): `label`, how far, done of total. */
  steps(label: string, done: number, total: number): void {
    const ratio = total > 0 ? Math.min(1, done / total) : 0;
    const count = total > 0 ? ` ${done.toLocaleString('en')}/${total.toLocaleString('en')}` : '';
    this.draw(ratio, `${(ratio * 100).toFixed(0).padStart(3)}% ${label}${count}`);
  }

  private draw(ratio: number, text: string): void {
    const width = Math.max(10, Math.min(40, (this.io.stderr.columns ?? 80) - 60));
    const filled = Math.round(ratio * width);
    const bar = '#'.repeat(filled) + '-'.repeat(width - filled);
    const line = `[${bar}] ${text}`;
    const max = (this.io.stderr.columns ?? 100) - 1;
    this.io.stderr.write(`\r\x1b[2K${line.slice(0, max)}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.io.stderr.write('\r\x1b[2K');
    this.drawn = false;
  }
}
