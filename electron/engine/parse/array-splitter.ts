import { DataFileError } from './parse-error';
import { formatBytes } from './limits';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;

/** Byte classes outside strings: 0 = nothing to do, 1 = space, 2 = quote, 3 = open, 4 = close, 5 = comma. */
const CLASS = new Uint8Array(256);
CLASS[0x20] = 1;
CLASS[0x0a] = 1;
CLASS[0x0d] = 1;
CLASS[0x09] = 1;
CLASS[QUOTE] = 2;
CLASS[LBRACE] = 3;
CLASS[LBRACKET] = 3;
CLASS[RBRACE] = 4;
CLASS[RBRACKET] = 4;
CLASS[COMMA] = 5;

export type ElementSink = (bytes: Buffer, start: number, end: number) => void;

export interface SplitterLimits {
  maxElementBytes: number;
  maxDepth: number;
}

/**
 * Splits the bytes of one JSON array (fed after its opening `[`) into the bytes of each top-level
 * element, without parsing them. Tracks strings, escapes and nesting across chunk boundaries, so
 * memory holds at most one element. Elements must be objects or arrays (archive files hold objects).
 * After the closing `]` only whitespace and one optional `;` may follow.
 */
export class ArraySplitter {
  private depth = 0;
  private inString = false;
  private escapePending = false;
  private expectElement = true;
  private sawElement = false;
  private closed = false;
  private sawSemicolon = false;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  elements = 0;

  constructor(
    private readonly sink: ElementSink,
    private readonly limits: SplitterLimits,
  ) {}

  push(chunk: Buffer, from = 0): void {
    if (this.closed) {
      this.checkTrailer(chunk, from);
      return;
    }
    const n = chunk.length;
    let i = from;
    // Hot loop: state lives in locals and is written back on exit.
    let depth = this.depth;
    let inString = this.inString;
    let elemStart = depth > 0 ? from : -1;
    try {
      while (i < n) {
        if (inString) {
          if (this.escapePending) {
            this.escapePending = false;
            i++;
            continue;
          }
          let q = chunk.indexOf(QUOTE, i);
          while (q !== -1) {
            let k = q - 1;
            while (k >= i && chunk[k] === BACKSLASH) k--;
            if (((q - 1 - k) & 1) === 0) break;
            q = chunk.indexOf(QUOTE, q + 1);
          }
          if (q === -1) {
            let k = n - 1;
            while (k >= i && chunk[k] === BACKSLASH) k--;
            this.escapePending = ((n - 1 - k) & 1) === 1;
            i = n;
            break;
          }
          inString = false;
          i = q + 1;
          continue;
        }
        const c = chunk[i]!;
        const cls = CLASS[c]!;
        if (cls === 0) {
          if (depth === 0) throw this.unexpected(c);
          i++;
        } else if (cls === 1) {
          i++;
        } else if (cls === 2) {
          if (depth === 0) throw new DataFileError('an element of the data array is not an object');
          inString = true;
          i++;
        } else if (cls === 3) {
          if (depth === 0) {
            if (!this.expectElement) throw new DataFileError('a comma is missing between two elements');
            this.expectElement = false;
            elemStart = i;
          }
          if (++depth > this.limits.maxDepth) {
            throw new DataFileError(`the data is nested deeper than ${this.limits.maxDepth} levels`);
          }
          i++;
        } else if (cls === 4) {
          if (depth === 0) {
            if (c !== RBRACKET) throw this.unexpected(c);
            if (this.expectElement && this.sawElement) {
              throw new DataFileError('a trailing comma ends the data array');
            }
            this.closed = true;
            this.checkTrailer(chunk, i + 1);
            return;
          }
          i++;
          if (--depth === 0) {
            this.emit(chunk, elemStart, i);
            elemStart = -1;
          }
        } else {
          if (depth === 0) {
            if (this.expectElement)
              throw new DataFileError('the data array has an empty element (two commas)');
            this.expectElement = true;
          }
          i++;
        }
      }
      if (elemStart !== -1) this.keep(chunk, elemStart, n);
    } finally {
      this.depth = depth;
      this.inString = inString;
    }
  }

  /** Call at the end of input: throws when the array was not closed. */
  end(): void {
    if (!this.closed) {
      throw new DataFileError(
        `the file is truncated: the data ends before the closing \`]\` (after ${this.elements} records)`,
      );
    }
  }

  private emit(chunk: Buffer, start: number, end: number): void {
    if (this.pendingBytes > 0) {
      this.keep(chunk, start, end);
      const whole = Buffer.concat(this.pending, this.pendingBytes);
      this.pending = [];
      this.pendingBytes = 0;
      this.elements++;
      this.sawElement = true;
      this.sink(whole, 0, whole.length);
      return;
    }
    if (end - start > this.limits.maxElementBytes) throw this.tooBig();
    this.elements++;
    this.sawElement = true;
    this.sink(chunk, start, end);
  }

  private keep(chunk: Buffer, start: number, end: number): void {
    if (end <= start) return;
    this.pendingBytes += end - start;
    if (this.pendingBytes > this.limits.maxElementBytes) throw this.tooBig();
    // Copy: the stream may reuse the chunk's memory after we return.
    this.pending.push(Buffer.from(chunk.subarray(start, end)));
  }

  private checkTrailer(chunk: Buffer, from: number): void {
    for (let i = from; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (CLASS[c] === 1) continue;
      if (c === SEMICOLON && !this.sawSemicolon) {
        this.sawSemicolon = true;
        continue;
      }
      throw new DataFileError('unexpected content after the end of the data array');
    }
  }

  private tooBig(): DataFileError {
    return new DataFileError(
      `one record is larger than ${formatBytes(this.limits.maxElementBytes)}, the most this importer accepts`,
    );
  }

  private unexpected(c: number): DataFileError {
    const shown = c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16)}`;
    return new DataFileError(`unexpected ${shown} between the elements of the data array`);
  }
}
