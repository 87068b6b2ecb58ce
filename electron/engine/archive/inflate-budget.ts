import { DataFileError } from '../parse/parse-error';

/**
 * Real X archives inflate to about 12 times their zip size at most (the data files are JSON, the
 * media barely compress); these bounds leave ample room for any real one.
 */
const RATIO = 50;
const FLOOR = 512 * 1024 * 1024;

export const ARCHIVE_BOMB_MESSAGE =
  'the zip inflates to far more than real archives do (it was built to inflate far beyond its size), so reading stopped';

/**
 * How many bytes all the entries read from one zip may inflate to, together: the per-file limits
 * alone let many files, each under them, add up to hours of work.
 */
export class InflateBudget {
  private left: number;

  constructor(zipSize: number, ratio = RATIO, floor = FLOOR) {
    this.left = Math.max(floor, zipSize * ratio);
  }

  /** Before an entry is opened: refused at once when the budget is spent or cannot hold it. */
  checkOpen(declaredSize: number): void {
    if (this.left <= 0 || declaredSize > this.left) throw new DataFileError(ARCHIVE_BOMB_MESSAGE);
  }

  /** Counts inflated bytes; the error to stop the read with once they go over. */
  spend(bytes: number): DataFileError | null {
    this.left -= bytes;
    return this.left < 0 ? new DataFileError(ARCHIVE_BOMB_MESSAGE) : null;
  }
}
