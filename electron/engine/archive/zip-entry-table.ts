import type { ArchiveEntry } from './source';

/** What is kept of each central-directory entry: enough to read it later, nothing more. */
export interface ZipEntry extends ArchiveEntry {
  localHeaderOffset: number;
  compressionMethod: number;
  crc32: number;
}

const INITIAL_ROWS = 1024;
const EMPTY = 0;

/** FNV-1a over a name's UTF-8 bytes. */
function hashOf(bytes: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

/**
 * A zip's file entries, keyed by path, held in columns: every name's UTF-8 bytes in one buffer, an
 * open-addressing table from name to row, and one typed array per number. An archive of X's holds
 * tens of thousands of media files whose entries are only looked up (is this photo there?), yet a
 * Map of one object and one string per entry held about 21 MB of the import thread's memory at
 * 85,000 entries; these columns hold about 8 MB. Reading an entry builds a small object for the
 * caller; the rare problems (encrypted, a link, a duplicate) are kept apart.
 */
export class ZipEntryTable implements ReadonlyMap<string, ZipEntry> {
  private rowCount = 0;
  private names = Buffer.alloc(INITIAL_ROWS * 64);
  private namesEnd = 0;
  /** Row + 1 at each name's hash position (0 = free); never more than half full. */
  private slots = new Int32Array(INITIAL_ROWS * 2);
  private nameStarts = new Float64Array(INITIAL_ROWS);
  private nameLengths = new Uint32Array(INITIAL_ROWS);
  private sizes = new Float64Array(INITIAL_ROWS);
  private compressedSizes = new Float64Array(INITIAL_ROWS);
  private offsets = new Float64Array(INITIAL_ROWS);
  private crcs = new Uint32Array(INITIAL_ROWS);
  private methods = new Uint16Array(INITIAL_ROWS);
  private readonly problems = new Map<number, string>();
  private readonly encrypted = new Set<number>();

  /** Adds an entry, or replaces the one of the same path (in its place, as Map.set does). */
  set(entry: ZipEntry): void {
    const key = Buffer.from(entry.path, 'utf8');
    let row = this.rowOf(key);
    if (row < 0) row = this.append(key);
    this.sizes[row] = entry.size;
    this.compressedSizes[row] = entry.compressedSize ?? 0;
    this.offsets[row] = entry.localHeaderOffset;
    this.crcs[row] = entry.crc32;
    this.methods[row] = entry.compressionMethod;
    if (entry.problem) this.problems.set(row, entry.problem);
    else this.problems.delete(row);
    if (entry.encrypted) this.encrypted.add(row);
    else this.encrypted.delete(row);
  }

  /** Drops the room kept for more entries, once every entry is in. */
  trim(): void {
    this.names = Buffer.from(this.names.subarray(0, this.namesEnd));
    this.resizeRows(this.rowCount);
  }

  get size(): number {
    return this.rowCount;
  }

  has(path: string): boolean {
    return this.rowOf(Buffer.from(path, 'utf8')) >= 0;
  }

  get(path: string): ZipEntry | undefined {
    const row = this.rowOf(Buffer.from(path, 'utf8'));
    return row < 0 ? undefined : this.entryAt(row, path);
  }

  *keys(): MapIterator<string> {
    for (let row = 0; row < this.rowCount; row++) yield this.pathAt(row);
  }

  *values(): MapIterator<ZipEntry> {
    for (let row = 0; row < this.rowCount; row++) yield this.entryAt(row, this.pathAt(row));
  }

  *entries(): MapIterator<[string, ZipEntry]> {
    for (let row = 0; row < this.rowCount; row++) {
      const path = this.pathAt(row);
      yield [path, this.entryAt(row, path)];
    }
  }

  [Symbol.iterator](): MapIterator<[string, ZipEntry]> {
    return this.entries();
  }

  forEach(callback: (value: ZipEntry, key: string, map: ReadonlyMap<string, ZipEntry>) => void): void {
    for (const [path, entry] of this.entries()) callback(entry, path, this);
  }

  private pathAt(row: number): string {
    const start = this.nameStarts[row]!;
    return this.names.toString('utf8', start, start + this.nameLengths[row]!);
  }

  private entryAt(row: number, path: string): ZipEntry {
    const problem = this.problems.get(row);
    return {
      path,
      size: this.sizes[row]!,
      compressedSize: this.compressedSizes[row]!,
      localHeaderOffset: this.offsets[row]!,
      compressionMethod: this.methods[row]!,
      crc32: this.crcs[row]!,
      ...(problem ? { problem } : {}),
      ...(this.encrypted.has(row) ? { encrypted: true } : {}),
    };
  }

  /** The row holding this name, or -1. */
  private rowOf(key: Buffer): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === EMPTY) return -1;
      const row = held - 1;
      const start = this.nameStarts[row]!;
      const length = this.nameLengths[row]!;
      if (length === key.length && key.compare(this.names, start, start + length) === 0) return row;
    }
  }

  private append(key: Buffer): number {
    const row = this.rowCount++;
    if (row === this.sizes.length) this.resizeRows(Math.max(row, INITIAL_ROWS / 2) * 2);
    if (this.rowCount * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    if (this.namesEnd + key.length > this.names.length) {
      const grown = Buffer.alloc(Math.max(this.names.length * 2, this.namesEnd + key.length));
      this.names.copy(grown, 0, 0, this.namesEnd);
      this.names = grown;
    }
    key.copy(this.names, this.namesEnd);
    this.nameStarts[row] = this.namesEnd;
    this.nameLengths[row] = key.length;
    this.namesEnd += key.length;
    this.place(row);
    return row;
  }

  private place(row: number): void {
    const mask = this.slots.length - 1;
    const start = this.nameStarts[row]!;
    let slot = hashOf(this.names, start, start + this.nameLengths[row]!) & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = row + 1;
  }

  private rehash(slotCount: number): void {
    this.slots = new Int32Array(slotCount);
    // The row being appended is placed by its caller, once its name is written.
    for (let row = 0; row < this.rowCount - 1; row++) this.place(row);
  }

  private resizeRows(rows: number): void {
    const resized = <T extends Float64Array | Uint32Array | Uint16Array>(old: T, fresh: T): T => {
      fresh.set(old.subarray(0, Math.min(old.length, rows)));
      return fresh;
    };
    this.nameStarts = resized(this.nameStarts, new Float64Array(rows));
    this.nameLengths = resized(this.nameLengths, new Uint32Array(rows));
    this.sizes = resized(this.sizes, new Float64Array(rows));
    this.compressedSizes = resized(this.compressedSizes, new Float64Array(rows));
    this.offsets = resized(this.offsets, new Float64Array(rows));
    this.crcs = resized(this.crcs, new Uint32Array(rows));
    this.methods = resized(this.methods, new Uint16Array(rows));
  }
}
