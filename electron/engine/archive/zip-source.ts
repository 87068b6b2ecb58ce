import { crc32, createInflateRaw } from 'node:zlib';
import { open as openFile, fstat } from 'node:fs';
import { promisify } from 'node:util';
import { Transform, type Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { ArchiveEntry, ArchiveSource } from './source';
import { CachedFileReader } from './cached-file-reader';
import { ZipSpans } from './zip-spans';
import { ZipEntryTable, type ZipEntry } from './zip-entry-table';
import { InflateBudget } from './inflate-budget';
import { UserFacingError } from '../errors';
import { DataFileError } from '../parse/parse-error';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const MAX_ENTRIES = 5_000_000;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;

export const OVERLAP_MESSAGE = 'entries overlap: this zip was built to inflate far beyond its size';

/** yauzl's cursor over the central directory (its typings have it wrong). */
interface ZipCursor {
  entryCount: number;
  readEntryCursor: number;
}

export interface ZipOpenOptions {
  /** Bound what all reads together may inflate to (an import); media reads later are not bounded. */
  boundInflation?: boolean;
}

async function openZip(path: string): Promise<{ zip: ZipFile; reader: CachedFileReader; size: number }> {
  const fd = await promisify(openFile)(path, 'r');
  const { size } = await promisify(fstat)(fd);
  const reader = new CachedFileReader(fd);
  return new Promise((resolve, reject) => {
    yauzl.fromRandomAccessReader(reader, size, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err) {
        reader.dispose();
        reject(err);
        return;
      }
      resolve({ zip, reader, size });
    });
  });
}

/** True when another central directory record follows the last one the end record counted. */
function moreRecordsAt(reader: CachedFileReader, position: number, zipSize: number): Promise<boolean> {
  if (position + 4 > zipSize) return Promise.resolve(false);
  const buf = Buffer.alloc(4);
  return new Promise((resolve) =>
    reader.read(buf, 0, 4, position, (err, n) =>
      resolve(!err && n === 4 && buf.readUInt32LE(0) === CENTRAL_HEADER_SIGNATURE),
    ),
  );
}

function describeZipError(zipPath: string, err: Error): UserFacingError {
  const msg = err.message;
  if (/end of central directory record signature not found/.test(msg)) {
    return new UserFacingError(
      'BAD_INPUT',
      'not a zip file, or the zip is truncated (incomplete download?)',
      zipPath,
    );
  }
  if (/invalid relative path|absolute path|invalid characters in fileName/.test(msg)) {
    return new UserFacingError(
      'BAD_INPUT',
      `the zip contains an unsafe file name (${msg.replace(/^.*?: /, '')}), so it is not read`,
      zipPath,
    );
  }
  return new UserFacingError('BAD_INPUT', `the zip file is damaged (${msg})`, zipPath);
}

function entryProblem(entry: Entry, zipSize: number): string | undefined {
  const end = entry.relativeOffsetOfLocalHeader + entry.compressedSize;
  if (!Number.isSafeInteger(end) || end > zipSize) {
    return 'the zip says this file lies beyond the end of the zip, so the zip is damaged';
  }
  if (entry.isEncrypted()) return 'the entry is password-protected (encrypted) and cannot be read';
  const unixMode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (unixMode === S_IFLNK) return 'the entry is a symbolic link, which is not followed';
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    return `the entry uses an unsupported compression method (${entry.compressionMethod})`;
  }
  return undefined;
}

/**
 * Checks that an entry inflates to exactly its declared size and checksum (a truncated or corrupt
 * entry does not; a stored entry has no other integrity check).
 */
function integrityGuard(expectedSize: number, expectedCrc: number, budget: InflateBudget | null): Transform {
  let seen = 0;
  let crc = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > expectedSize) {
        cb(new DataFileError('the zip entry holds more data than the zip declares'));
        return;
      }
      const spent = budget?.spend(chunk.length);
      if (spent) {
        cb(spent);
        return;
      }
      crc = crc32(chunk, crc);
      cb(null, chunk);
    },
    flush(cb) {
      if (seen !== expectedSize) cb(new DataFileError('the zip entry is truncated or damaged'));
      else if (crc >>> 0 !== expectedCrc >>> 0)
        cb(new DataFileError('the zip entry is damaged (its checksum does not match)'));
      else cb(null);
    },
  });
}

const DUPLICATE = 'the zip holds more than one file with this name, so which one is real cannot be told';

/** A zip read lazily through its central directory (ZIP64 included); nothing is extracted to disk. */
export class ZipSource implements ArchiveSource {
  readonly kind = 'zip' as const;
  private constructor(
    readonly location: string,
    private readonly zip: ZipFile,
    private readonly reader: CachedFileReader,
    private readonly zipEntries: ZipEntryTable,
    private readonly budget: InflateBudget | null,
    readonly warnings: readonly string[],
  ) {}

  get entries(): ReadonlyMap<string, ArchiveEntry> {
    return this.zipEntries;
  }

  static async open(location: string, opts: ZipOpenOptions = {}): Promise<ZipSource> {
    let zip: ZipFile;
    let reader: CachedFileReader;
    let size: number;
    try {
      ({ zip, reader, size } = await openZip(location));
    } catch (err) {
      throw describeZipError(location, err as Error);
    }
    const entries = new ZipEntryTable();
    const spans = new ZipSpans();
    const cursor = zip as unknown as ZipCursor;
    const counted = cursor.entryCount;
    let recordsRead = 0;
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on('entry', (entry: Entry) => {
          recordsRead++;
          spans.add(entry.relativeOffsetOfLocalHeader, entry.compressedSize);
          if (!entry.fileName.endsWith('/')) {
            const problem = entries.has(entry.fileName) ? DUPLICATE : entryProblem(entry, size);
            entries.set({
              path: entry.fileName,
              size: entry.uncompressedSize,
              compressedSize: entry.compressedSize,
              localHeaderOffset: entry.relativeOffsetOfLocalHeader,
              compressionMethod: entry.compressionMethod,
              crc32: entry.crc32,
              ...(problem ? { problem } : {}),
              ...(entry.isEncrypted() ? { encrypted: true } : {}),
            });
          }
          if (recordsRead > MAX_ENTRIES) reject(new Error('the zip has too many entries'));
          else zip.readEntry();
        });
        // The end record's count can be short (cut by hand, or a 16-bit count wrapped past 65,535):
        // the directory itself says where it ends, so records past the count are read as well.
        zip.on('end', () => {
          moreRecordsAt(reader, cursor.readEntryCursor, size).then((more) => {
            if (!more) return resolve();
            cursor.entryCount++;
            zip.readEntry();
          }, reject);
        });
        zip.once('error', reject);
        zip.readEntry();
      });
    } catch (err) {
      zip.close();
      reader.dispose();
      throw describeZipError(location, err as Error);
    }
    if (spans.overlap()) {
      zip.close();
      reader.dispose();
      throw new UserFacingError('BAD_INPUT', OVERLAP_MESSAGE, location);
    }
    const warnings =
      recordsRead > counted
        ? [
            `the zip's end record counts ${counted} files but its directory lists ${recordsRead}; all ${recordsRead} were read`,
          ]
        : [];
    entries.trim();
    const budget = opts.boundInflation ? new InflateBudget(size) : null;
    return new ZipSource(location, zip, reader, entries, budget, warnings);
  }

  async open(path: string): Promise<Readable> {
    const info = this.zipEntries.get(path);
    if (!info) throw new DataFileError('the file is not in the zip');
    if (info.problem) throw new DataFileError(info.problem);
    this.budget?.checkOpen(info.size);
    try {
      return await this.openEntry(info);
    } catch (err) {
      // Whatever failed (yauzl, the file system, a number out of range), it is this entry's failure.
      if (err instanceof DataFileError) throw err;
      throw new DataFileError(`the zip entry cannot be read (${(err as Error).message})`);
    }
  }

  private async openEntry(info: ZipEntry): Promise<Readable> {
    const compressed = info.compressedSize ?? 0;
    const minimalEntry = {
      relativeOffsetOfLocalHeader: info.localHeaderOffset,
      compressedSize: compressed,
    } as Entry;
    const rawStream = await new Promise<Readable>((resolve, reject) => {
      this.zip.readLocalFileHeader(minimalEntry, { minimal: true }, (err, header) => {
        if (err) return reject(new DataFileError(`the zip entry cannot be read (${err.message})`));
        this.zip.openReadStreamLowLevel(
          header.fileDataStart,
          compressed,
          0,
          compressed,
          false,
          info.size,
          (e, s) =>
            e ? reject(new DataFileError(`the zip entry cannot be read (${e.message})`)) : resolve(s),
        );
      });
    });
    const guard = integrityGuard(info.size, info.crc32, this.budget);
    const fail = (err: Error) =>
      guard.destroy(
        err instanceof DataFileError ? err : new DataFileError(`the zip entry is damaged (${err.message})`),
      );
    rawStream.on('error', fail);
    guard.on('close', () => rawStream.destroy());
    if (info.compressionMethod === 0) return rawStream.pipe(guard);
    const inflate = createInflateRaw({ chunkSize: 256 * 1024 });
    inflate.on('error', fail);
    guard.on('close', () => inflate.destroy());
    return rawStream.pipe(inflate).pipe(guard);
  }

  async close(): Promise<void> {
    this.zip.close();
    this.reader.dispose();
  }
}
