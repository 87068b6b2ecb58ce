import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';

/** Opens a finished database for normal use: WAL, so reads never block on another archive's import. */
export interface OpenOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /** better-sqlite3 addon built for Electron's ABI (the app); Node's build is used when absent. */
  nativeBinding?: string;
}

function connect(path: string, opts: OpenOptions): Db {
  return new Database(path, {
    readonly: opts.readonly ?? false,
    fileMustExist: opts.fileMustExist ?? false,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
}

const BUSY_TIMEOUT_MS = 5000;

const isBusy = (err: unknown): boolean =>
  typeof err === 'object' &&
  err !== null &&
  String((err as { code?: unknown }).code).startsWith('SQLITE_BUSY');

/** Blocks this thread for a moment (the database calls around it are synchronous too). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Puts the database in WAL mode (kept in the file, so usually already done). Switching needs the
 * file to itself, and SQLite answers "busy" at once, without waiting, when another process is
 * creating or migrating the same new file: several processes opening a new library at once retry
 * here, within the usual busy timeout.
 */
function useWal(db: Db): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (;;) {
    try {
      if (db.pragma('journal_mode', { simple: true }) !== 'wal') db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if (!isBusy(err) || Date.now() > deadline) throw err;
      pause(10 + Math.random() * 40);
    }
  }
}

export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  const db = connect(path, opts);
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  if (!opts.readonly) {
    useWal(db);
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('cache_size = -32768');
  return db;
}

/** Opens the new `.partial` database of an import with pragmas for a fast, unjournaled bulk load. */
export function openBulkDatabase(path: string, nativeBinding?: string): Db {
  const db = connect(path, nativeBinding ? { nativeBinding } : {});
  // Before the first table: 16 KB pages load with about 5% less CPU than SQLite's 4 KB (fewer pages
  // to split and index; 28.7 -> 27.1 s for a million items, two runs each), and the app's queries
  // stay as fast (page p95 8.8 -> 8.7 ms, search p95 22 -> 21 ms); 32 KB slowed the queries.
  db.pragma('page_size = 16384');
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('locking_mode = EXCLUSIVE');
  // Inserts append (ids and mostly-descending tweet ids), so a small cache serves them; measured no
  // slower for the index builds, and it keeps the import's memory down.
  db.pragma('cache_size = -16384');
  return db;
}

/** Ends the bulk load: a normal WAL database, checkpointed, ready to be renamed into place. */
export function finishBulkDatabase(db: Db): void {
  db.pragma('locking_mode = NORMAL');
  db.pragma('journal_mode = WAL');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}
