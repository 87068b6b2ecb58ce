import { PassThrough, type Readable } from 'node:stream';
import { DataFileError } from '../parse/parse-error';

/** One file inside an archive (zip entry or file in a folder). Paths use `/` and are relative. */
export interface ArchiveEntry {
  path: string;
  /** Uncompressed size in bytes. */
  size: number;
  /** Compressed size for zip entries; null for plain files. */
  compressedSize: number | null;
  /** Why this entry cannot be read (encrypted, symbolic link, unsupported compression), if so. */
  problem?: string;
  /** The zip entry is password-protected (its `problem` says so too). */
  encrypted?: boolean;
}

/** Read access to an archive, whether it is a zip or an extracted folder. */
export interface ArchiveSource {
  readonly kind: 'zip' | 'directory';
  /** The zip file or the folder the user chose. */
  readonly location: string;
  /** Every file entry, keyed by path. Folders are not listed. */
  readonly entries: ReadonlyMap<string, ArchiveEntry>;
  /** What was odd about the container but did not stop it being read (shown with the summary). */
  readonly warnings?: readonly string[];
  /** Opens one entry's content as a stream of bytes (inflated for zips). */
  open(path: string): Promise<Readable>;
  close(): Promise<void>;
}

/** Reads a whole (small) entry into memory, refusing entries larger than `maxBytes`. */
export async function readEntryFully(source: ArchiveSource, path: string, maxBytes: number): Promise<Buffer> {
  const entry = source.entries.get(path);
  if (entry && entry.size > maxBytes)
    throw new Error(`${path} is larger than expected (${entry.size} bytes)`);
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of await source.open(path)) {
    const buf = chunk as Buffer;
    total += buf.length;
    if (total > maxBytes) throw new Error(`${path} is larger than expected`);
    parts.push(buf);
  }
  return Buffer.concat(parts, total);
}

/**
 * The same bytes, with any error the stream raises (the disk, the file system) turned into this
 * file's error: a read failure fails one file, never the whole import.
 */
export function withFileErrors(stream: Readable, describe: (err: Error) => string): Readable {
  const out = new PassThrough({ highWaterMark: stream.readableHighWaterMark });
  stream.on('error', (err) =>
    out.destroy(err instanceof DataFileError ? err : new DataFileError(describe(err))),
  );
  out.on('close', () => stream.destroy());
  return stream.pipe(out);
}
