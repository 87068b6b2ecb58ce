import { createReadStream, promises as fsp } from 'node:fs';
import { join, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { withFileErrors, type ArchiveEntry, type ArchiveSource } from './source';
import { DataFileError } from '../parse/parse-error';
import { UserFacingError } from '../errors';

const MAX_ENTRIES = 5_000_000;
/** Deep enough for `<top folder>/data/js/tweets/2019_02.js`; stops a walk of a whole home folder. */
const MAX_DEPTH = 6;
const STAT_BATCH = 256;
/** Read buffer of one file: no larger than the file (a tiny file does not take 256 KiB). */
const READ_CHUNK = 256 * 1024;

/** An extracted archive folder. Symbolic links are listed but never followed. */
export class DirSource implements ArchiveSource {
  readonly kind = 'directory' as const;
  private constructor(
    readonly location: string,
    readonly entries: ReadonlyMap<string, ArchiveEntry>,
  ) {}

  static async open(location: string): Promise<DirSource> {
    const entries = new Map<string, ArchiveEntry>();
    const walk = async (dir: string, prefix: string, depth: number): Promise<void> => {
      if (depth > MAX_DEPTH) return;
      let items;
      try {
        items = await fsp.readdir(dir, { withFileTypes: true });
      } catch (err) {
        if (depth === 1) {
          throw new UserFacingError(
            'BAD_INPUT',
            `the folder cannot be read (${(err as Error).message})`,
            location,
          );
        }
        // Listed with its problem, so a missing archive can be explained (see explainMissingRoot).
        const rel = prefix.slice(0, -1);
        entries.set(rel, {
          path: rel,
          size: 0,
          compressedSize: null,
          problem: `the folder cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
        });
        return;
      }
      const files = items.filter((item) => item.isFile());
      // In batches: a folder of 200,000 files would otherwise queue 200,000 stats at once.
      const sizes: number[] = [];
      for (let i = 0; i < files.length; i += STAT_BATCH) {
        const batch = files.slice(i, i + STAT_BATCH).map((item) =>
          fsp.stat(join(dir, item.name)).then(
            (st) => st.size,
            () => 0,
          ),
        );
        sizes.push(...(await Promise.all(batch)));
      }
      files.forEach((item, i) => {
        if (entries.size < MAX_ENTRIES) {
          const rel = prefix + item.name;
          entries.set(rel, { path: rel, size: sizes[i]!, compressedSize: null });
        }
      });
      for (const item of items) {
        const rel = prefix + item.name;
        if (item.isSymbolicLink()) {
          entries.set(rel, {
            path: rel,
            size: 0,
            compressedSize: null,
            problem: 'the file is a symbolic link, which is not followed',
          });
        } else if (item.isDirectory() && entries.size < MAX_ENTRIES) {
          await walk(join(dir, item.name), rel + '/', depth + 1);
        }
      }
    };
    await walk(location, '', 1);
    return new DirSource(location, entries);
  }

  async open(path: string): Promise<Readable> {
    const entry = this.entries.get(path);
    if (!entry) throw new DataFileError('the file is not in the folder');
    if (entry.problem) throw new DataFileError(entry.problem);
    const full = join(this.location, ...path.split('/'));
    if (!full.startsWith(this.location.endsWith(sep) ? this.location : this.location + sep)) {
      throw new DataFileError('the file is outside the archive folder');
    }
    const stream = createReadStream(full, {
      highWaterMark: Math.min(READ_CHUNK, Math.max(4096, entry.size + 1)),
    });
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (err) => reject(new DataFileError(`the file cannot be read (${err.message})`)));
    });
    return withFileErrors(stream, (err) => `the file cannot be read (${err.message})`);
  }

  async close(): Promise<void> {}
}
