import { closeSync, openSync, readSync } from 'node:fs';
import { UserFacingError } from '../errors';

const CHUNK_BYTES = 256 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding by the byte order mark (UTF-8 without one) and how many bytes the mark takes. */
export function encodingOf(head: Uint8Array): { encoding: TextEncodingName; skip: number } {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  const bom = head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  return { encoding: 'utf-8', skip: bom ? 3 : 0 };
}

export const NOT_TEXT =
  'this is not a text file (CSV or JSON); is it a spreadsheet or a zip? Export it as CSV';
export const NOT_UTF8 =
  'the file is not UTF-8 text (perhaps Windows-1252 or Latin-1); save it again as "CSV UTF-8" or UTF-8 JSON';

/**
 * A text file read and decoded a chunk at a time (synchronously: the engine's calls are), so that
 * a parser can stop early and never holds more of the file than it keeps.
 */
export class TextChunks implements Iterable<string> {
  readonly encoding: TextEncodingName;
  private readonly skip: number;

  constructor(
    private readonly path: string,
    private readonly fileName: string,
    /** Told the bytes read so far after each chunk; it may throw to stop the reading. */
    private readonly onRead: (bytes: number) => void = () => {},
  ) {
    const head = Buffer.alloc(8192);
    const fd = openSync(path, 'r');
    let n: number;
    try {
      n = readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    const found = encodingOf(head.subarray(0, n));
    this.encoding = found.encoding;
    this.skip = found.skip;
    if (this.encoding === 'utf-8' && head.subarray(0, n).includes(0)) {
      throw new UserFacingError('BAD_INPUT', NOT_TEXT, fileName);
    }
  }

  *[Symbol.iterator](): Generator<string> {
    const decoder = new TextDecoder(this.encoding, { fatal: true });
    const buf = Buffer.alloc(CHUNK_BYTES);
    const fd = openSync(this.path, 'r');
    try {
      let position = this.skip;
      for (;;) {
        const n = readSync(fd, buf, 0, buf.length, position);
        position += n;
        this.onRead(position);
        const text = this.decode(decoder, n === 0 ? undefined : buf.subarray(0, n), n > 0);
        if (text) yield text;
        if (n === 0) return;
      }
    } finally {
      closeSync(fd);
    }
  }

  private decode(
    decoder: InstanceType<typeof TextDecoder>,
    bytes: Uint8Array | undefined,
    more: boolean,
  ): string {
    try {
      return decoder.decode(bytes, { stream: more });
    } catch {
      throw new UserFacingError('BAD_INPUT', NOT_UTF8, this.fileName);
    }
  }
}
