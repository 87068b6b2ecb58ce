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

export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  const db = connect(path, opts);
  db.pragma('busy_timeout = 5000');
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('cache_size = -32768');
  return db;
}

/** Opens the new `.partial` database of an import with pragmas for a fast, unjournaled bulk load. */
export function openBulkDatabase(path: string, nativeBinding?: string): Db {
  const db = connect(path, nativeBinding ? { nativeBinding } : {});
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
