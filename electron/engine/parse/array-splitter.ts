import { DataFileError } from './parse-error';
import { formatBytes } from './limits';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const RBRACKET = 0x5d;
const NEWLINE = 0x0a;
const SPACE = 0x20;

/** Byte classes outside strings: 0 = nothing to do, 1 = space, 2 = quote, 3 = open, 4 = close, 5 = comma. */
const CLASS = new Uint8Array(256);
CLASS[SPACE] = 1;
CLASS[NEWLINE] = 1;
CLASS[0x0d] = 1;
CLASS[0x09] = 1;
CLASS[QUOTE] = 2;
CLASS[LBRACE] = 3;
CLASS[0x5b] = 3;
CLASS[RBRACE] = 4;
CLASS[RBRACKET] = 4;
CLASS[COMMA] = 5;

/**
 * Receives one element's bytes. With `tentative` the split came from the indentation fast path and
 * must be confirmed: return false when the bytes are not one valid JSON value, and the splitter
 * re-reads them byte by byte. Without it, the split is certain (a parse failure is the file's fault).
 */
export type ElementSink = (bytes: Buffer, start: number, end: number, tentative: boolean) => boolean;

export interface SplitterLimits {
  maxElementBytes: number;
  maxDepth: number;
}

/**
 * Splits the bytes of one JSON array (fed after its opening `[`) into the bytes of each top-level
 * element, without parsing them. The exact path tracks strings, escapes and nesting byte by byte
 * across chunk boundaries, so memory holds at most one element. Elements must be objects or arrays
 * (archive files hold objects). After the closing `]` only whitespace and one optional `;` may follow.
 *
 * Fast path: X pretty-prints its files, so every top-level element closes with a newline, the same
 * indentation and `}`. Once the first element shows that pattern, the splitter jumps from one
 * occurrence to the next with a native search. Raw newlines cannot occur inside JSON strings, and a
 * cut anywhere but at the element's real end leaves bytes that are not one valid JSON value, so the
 * sink's parse confirms each split; on the first failure the splitter goes back to the exact path.
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
  private fast: Buffer | null = null;
  private fastTried: boolean;
  private fastInElement = false;
  elements = 0;

  constructor(
    private readonly sink: ElementSink,
    private readonly limits: SplitterLimits,
    opts: { fastPath?: boolean } = {},
  ) {
    this.fastTried = opts.fastPath === false;
  }

  push(chunk: Buffer, from = 0): void {
    if (this.closed) this.checkTrailer(chunk, from);
    else if (this.fast) this.scanFast(chunk, from);
    else this.scanExact(chunk, from);
  }

  /** Call at the end of input: throws when the array was not closed. */
  end(): void {
    // The fast path may have read past an element that does not end with the pattern: re-read exactly.
    if (this.fast && this.fastInElement) this.fallBack(Buffer.alloc(0), 0);
    if (!this.closed) {
      throw new DataFileError(
        `the file is truncated: the data ends before the closing \`]\` (after ${this.elements} records)`,
      );
    }
  }

  private scanExact(chunk: Buffer, from: number): void {
    const n = chunk.length;
    let i = from;
    // Hot loop: state lives in locals and is written back on exit.
    let depth = this.depth;
    let inString = this.inString;
    let elemStart = depth > 0 ? from : -1;
    let handedOff = false;
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
            this.close(chunk, i);
            return;
          }
          i++;
          if (--depth === 0) {
            this.emitExact(chunk, elemStart, i);
            elemStart = -1;
            if (this.fast) {
              // The first element showed X's layout: continue on the fast path.
              handedOff = true;
              this.depth = 0;
              this.inString = false;
              this.scanFast(chunk, i);
              return;
            }
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
      if (!handedOff) {
        this.depth = depth;
        this.inString = inString;
      }
    }
  }

  private scanFast(chunk: Buffer, from: number): void {
    const pattern = this.fast!;
    const n = chunk.length;
    let i = from;
    let elemStart = this.fastInElement ? from : -1;
    while (i < n) {
      if (!this.fastInElement) {
        const c = chunk[i]!;
        const cls = CLASS[c]!;
        if (cls === 1) {
          i++;
        } else if (c === COMMA && !this.expectElement) {
          this.expectElement = true;
          i++;
        } else if (c === RBRACKET && !this.expectElement) {
          this.close(chunk, i);
          return;
        } else if (c === LBRACE && this.expectElement) {
          this.expectElement = false;
          this.fastInElement = true;
          elemStart = i;
          i++;
        } else {
          // Anything unusual: the exact path reports it precisely.
          this.leaveFastPath();
          this.scanExact(chunk, i);
          return;
        }
        continue;
      }
      let end = -1;
      if (this.pendingBytes > 0 && i === from) end = this.patternAcrossBoundary(chunk);
      if (end === -1) {
        const at = chunk.indexOf(pattern, i);
        if (at !== -1) end = at + pattern.length;
      }
      if (end === -1) {
        this.keep(chunk, elemStart, n, true);
        if (this.pendingBytes > this.limits.maxElementBytes) this.fallBack(Buffer.alloc(0), 0);
        return;
      }
      this.fastInElement = false;
      if (!this.emitTentative(chunk, elemStart, end)) return;
      elemStart = -1;
      i = end;
    }
    if (this.fastInElement && elemStart !== -1) this.keep(chunk, elemStart, n, true);
  }

  /** End (exclusive, in `chunk`) of a close pattern that starts in the pending bytes, or -1. */
  private patternAcrossBoundary(chunk: Buffer): number {
    const pattern = this.fast!;
    const tailLen = Math.min(pattern.length - 1, this.pendingBytes);
    const last = this.pending[this.pending.length - 1]!;
    const tail =
      last.length >= tailLen
        ? last.subarray(last.length - tailLen)
        : Buffer.concat(this.pending).subarray(-tailLen);
    const joint = Buffer.concat([tail, chunk.subarray(0, pattern.length - 1)]);
    const at = joint.indexOf(pattern);
    return at === -1 ? -1 : at + pattern.length - tailLen;
  }

  private emitTentative(chunk: Buffer, start: number, end: number): boolean {
    let bytes = chunk;
    let s = start;
    let e = end;
    if (this.pendingBytes > 0) {
      this.keep(chunk, 0, end, true);
      bytes = Buffer.concat(this.pending, this.pendingBytes);
      s = 0;
      e = bytes.length;
      this.pending = [];
      this.pendingBytes = 0;
    }
    if (e - s <= this.limits.maxElementBytes && this.sink(bytes, s, e, true)) {
      this.elements++;
      this.sawElement = true;
      return true;
    }
    // Not one valid value: re-read the element byte by byte, then the rest of the chunk.
    if (bytes === chunk) {
      this.leaveFastPath();
      this.expectElement = true;
      this.scanExact(chunk, start);
    } else {
      this.fallBack(bytes, 0);
      this.scanExact(chunk, end);
    }
    return false;
  }

  /** Leaves the fast path with the current element's bytes (pending + `extra`) still to read exactly. */
  private fallBack(extra: Buffer, from: number): void {
    const element = Buffer.concat([...this.pending, extra.subarray(from)]);
    this.pending = [];
    this.pendingBytes = 0;
    this.leaveFastPath();
    this.expectElement = true;
    this.scanExact(element, 0);
  }

  private leaveFastPath(): void {
    this.fast = null;
    this.fastInElement = false;
    this.depth = 0;
    this.inString = false;
    this.escapePending = false;
  }

  private emitExact(chunk: Buffer, start: number, end: number): void {
    let bytes = chunk;
    let s = start;
    let e = end;
    if (this.pendingBytes > 0) {
      this.keep(chunk, start, end);
      bytes = Buffer.concat(this.pending, this.pendingBytes);
      s = 0;
      e = bytes.length;
      this.pending = [];
      this.pendingBytes = 0;
    } else if (end - start > this.limits.maxElementBytes) {
      throw this.tooBig();
    }
    this.elements++;
    this.sawElement = true;
    this.sink(bytes, s, e, false);
    if (!this.fastTried) {
      this.fastTried = true;
      this.fast = closePattern(bytes, s, e);
    }
  }

  private keep(chunk: Buffer, start: number, end: number, lenient = false): void {
    if (end <= start) return;
    this.pendingBytes += end - start;
    if (!lenient && this.pendingBytes > this.limits.maxElementBytes) throw this.tooBig();
    // Copy: the stream may reuse the chunk's memory after we return.
    this.pending.push(Buffer.from(chunk.subarray(start, end)));
  }

  private close(chunk: Buffer, at: number): void {
    if (this.expectElement && this.sawElement)
      throw new DataFileError('a trailing comma ends the data array');
    this.closed = true;
    this.checkTrailer(chunk, at + 1);
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

/** `\n` + the indentation + `}` that closes an object element, or null when it is not laid out so. */
export function closePattern(bytes: Buffer, start: number, end: number): Buffer | null {
  if (bytes[start] !== LBRACE || bytes[end - 1] !== RBRACE) return null;
  let k = end - 2;
  while (k > start && bytes[k] === SPACE) k--;
  if (bytes[k] !== NEWLINE) return null;
  return Buffer.from(bytes.subarray(k, end));
}
