import { statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { UserFacingError } from './errors';
import { withStorageErrors } from './storage-errors';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { ARCHIVE_MIGRATIONS } from './db/migrations/archive/index';
import { openLibrary } from './library/library-db';
import { archiveDbPath, isArchiveId, libraryDbPath } from './library/paths';

interface OpenArchive {
  db: Database;
  ino: number;
}

/**
 * What changed about an archive, for the services that cache something about it:
 * `classification`: its items were re-classified (counts are stale, search matches are not);
 * `replaced`: its database was replaced, forgotten or rewritten (everything is stale).
 */
export type ArchiveChange = 'classification' | 'replaced';
export type ChangeListener = (archiveId: string, change: ArchiveChange) => void;

export interface ConnectionOptions {
  dataDir: string;
  /** better-sqlite3's addon built for the host runtime (Electron's ABI in the app); Node's when absent. */
  sqliteNativeBinding?: string;
}

/**
 * Every SQLite connection of one engine: the library and one per imported archive. Imports replace an
 * archive's file atomically, so an archive's connection is reopened when the file under its id changes.
 * The feature services share this one object (composition); they learn about changes through `onChange`.
 */
export class Connections {
  readonly dataDir: string;
  readonly nativeBinding: string | undefined;
  readonly library: Database;
  private readonly open = new Map<string, OpenArchive>();
  private readonly listeners: ChangeListener[] = [];

  constructor(opts: ConnectionOptions) {
    this.dataDir = opts.dataDir;
    this.nativeBinding = opts.sqliteNativeBinding;
    this.library = openLibrary(opts.dataDir, opts.sqliteNativeBinding);
  }

  /** The archive's database, (re)opened when it was replaced by a re-import. */
  archive(archiveId: string): Database {
    if (!isArchiveId(archiveId)) throw notFound(archiveId);
    const path = archiveDbPath(this.dataDir, archiveId);
    let ino: number;
    try {
      ino = statSync(path).ino;
    } catch {
      this.release(archiveId);
      throw notFound(archiveId);
    }
    const cached = this.open.get(archiveId);
    if (cached && cached.ino === ino) return cached.db;
    this.release(archiveId);
    const db = withStorageErrors(path, { kind: 'archive', archiveId }, () => {
      const opened = openDatabase(path, {
        fileMustExist: true,
        ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}),
      });
      try {
        migrate(opened, ARCHIVE_MIGRATIONS, `The database of archive ${archiveId}`);
      } catch (err) {
        opened.close();
        throw err;
      }
      return opened;
    });
    this.open.set(archiveId, { db, ino });
    return db;
  }

  archivePath(archiveId: string): string {
    return archiveDbPath(this.dataDir, archiveId);
  }

  get libraryPath(): string {
    return libraryDbPath(this.dataDir);
  }

  /** The options to open another connection the way this engine does (same addon). */
  get openOptions(): { nativeBinding?: string } {
    return this.nativeBinding ? { nativeBinding: this.nativeBinding } : {};
  }

  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /** Tells every service that something about the archive changed (see ArchiveChange). */
  changed(archiveId: string, change: ArchiveChange): void {
    for (const listener of this.listeners) listener(archiveId, change);
  }

  /** Closes the archive's connection (its temp tables go with it) and drops what services cached. */
  release(archiveId: string): void {
    const cached = this.open.get(archiveId);
    if (cached) {
      this.open.delete(archiveId);
      cached.db.close();
    }
    this.changed(archiveId, 'replaced');
  }

  close(): void {
    for (const id of [...this.open.keys()]) this.release(id);
    this.library.close();
  }
}

export function notFound(archiveId: string): UserFacingError {
  return new UserFacingError('NOT_FOUND', `no imported archive with id ${archiveId}`);
}
