import { close, read } from 'node:fs';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';

const BLOCK = 1024 * 1024;
const STREAM_CHUNK = 256 * 1024;

/**
 * Positional reads of `[start, end)` from a shared descriptor. (fs.ReadStream closes its descriptor
 * when destroyed, whatever autoClose says, and yauzl destroys every stream it hands out.)
 */
class RangeStream extends Readable {
  private pos: number;

  constructor(
    private readonly fd: number,
    start: number,
    private readonly end: number,
  ) {
    super({ highWaterMark: STREAM_CHUNK });
    this.pos = start;
  }

  override _read(size: number): void {
    const n = Math.min(Math.max(size, STREAM_CHUNK), this.end - this.pos);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = Buffer.allocUnsafe(n);
    read(this.fd, buf, 0, n, this.pos, (err, bytes) => {
      if (err) return this.destroy(err);
      if (bytes === 0) return this.destroy(new Error('unexpected end of the zip file'));
      this.pos += bytes;
      this.push(bytes < n ? buf.subarray(0, bytes) : buf);
    });
  }
}

/**
 * yauzl's random-access reader over one file descriptor. Small reads (the central directory, local
 * headers) are served from a 1 MiB read-ahead block: reading 100,000 entries costs a few hundred
 * disk reads instead of 200,000. Entry data is streamed with positional reads. The descriptor is
 * closed by `dispose`, never by yauzl.
 */
export class CachedFileReader extends yauzl.RandomAccessReader {
  private block: Buffer | null = null;
  private blockStart = 0;

  constructor(private readonly fd: number) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeStream(this.fd, start, end);
  }

  override read(
    buffer: Buffer,
    offset: number,
    length: number,
    position: number,
    callback: (err: Error | null, bytesRead?: number) => void,
  ): void {
    const cached = this.block;
    if (cached && position >= this.blockStart && position + length <= this.blockStart + cached.length) {
      cached.copy(buffer, offset, position - this.blockStart, position - this.blockStart + length);
      // Asynchronous on purpose: yauzl reads the next entry from the callback; this keeps the stack flat.
      process.nextTick(callback, null, length);
      return;
    }
    if (length > BLOCK / 4) {
      read(this.fd, buffer, offset, length, position, (err, n) => callback(err, n));
      return;
    }
    const block = Buffer.allocUnsafe(BLOCK);
    read(this.fd, block, 0, BLOCK, position, (err, n) => {
      if (err) return callback(err);
      this.block = block.subarray(0, n);
      this.blockStart = position;
      const copied = Math.min(length, n);
      block.copy(buffer, offset, 0, copied);
      callback(null, copied);
    });
  }

  /**
   * yauzl calls this whenever its reference count of open reads drops to zero, which happens between
   * any two reads: the descriptor must stay open until the source itself is closed (dispose).
   */
  override close(callback: (err: Error | null) => void): void {
    process.nextTick(callback, null);
  }

  dispose(): void {
    close(this.fd, () => undefined);
  }
}
