import { existsSync, statSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { ArchiveSummary, LibraryEntry } from '../../shared/model/summary';
import { UserFacingError } from './errors';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open';
import { ARCHIVE_MIGRATIONS } from './db/archive-schema';
import { deleteArchiveRow, getArchiveSummary, listArchiveEntries, openLibrary } from './library/library-db';
import { archiveDbPath, isArchiveId } from './library/paths';
import { removeDatabaseFiles, removeStalePartials } from './ingest/install';
import { registerUnlistedArchives } from './library/register-unlisted';

interface OpenArchive {
  db: Database;
  ino: number;
}

/**
 * The engine's query side: the library and the per-archive databases. One instance per process;
 * imports run separately (`importArchive`, possibly in a worker) and replace database files atomically,
 * so connections are reopened when the file under an archive id changes.
 */
export class EngineCore {
  protected readonly dataDir: string;
  protected readonly library: Database;
  protected readonly nativeBinding: string | undefined;
  private readonly open = new Map<string, OpenArchive>();

  constructor(opts: { dataDir: string; sqliteNativeBinding?: string }) {
    this.dataDir = opts.dataDir;
    this.nativeBinding = opts.sqliteNativeBinding;
    this.library = openLibrary(opts.dataDir, opts.sqliteNativeBinding);
    removeStalePartials(opts.dataDir);
    registerUnlistedArchives(this.library, opts.dataDir, opts.sqliteNativeBinding);
  }

  listArchives(): LibraryEntry[] {
    return listArchiveEntries(this.library);
  }

  getSummary(archiveId: string): ArchiveSummary {
    const summary = getArchiveSummary(this.library, archiveId);
    if (!summary) throw this.notFound(archiveId);
    return summary;
  }

  forget(archiveId: string): void {
    this.release(archiveId);
    this.forgetCaches(archiveId);
    const path = archiveDbPath(this.dataDir, archiveId);
    const hadFile = isArchiveId(archiveId) && existsSync(path);
    // The file goes first: a database left without its entry would be listed again at the next start.
    if (hadFile) removeDatabaseFiles(path);
    const existed = deleteArchiveRow(this.library, archiveId);
    if (!existed && !hadFile) throw this.notFound(archiveId);
  }

  close(): void {
    for (const id of [...this.open.keys()]) this.release(id);
    this.library.close();
  }

  /** The archive's database, (re)opened when it was replaced by a re-import. */
  protected db(archiveId: string): Database {
    if (!isArchiveId(archiveId)) throw this.notFound(archiveId);
    const path = archiveDbPath(this.dataDir, archiveId);
    let ino: number;
    try {
      ino = statSync(path).ino;
    } catch {
      this.release(archiveId);
      throw this.notFound(archiveId);
    }
    const cached = this.open.get(archiveId);
    if (cached && cached.ino === ino) return cached.db;
    if (cached) this.release(archiveId);
    this.forgetCaches(archiveId);
    const db = openDatabase(path, {
      fileMustExist: true,
      ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}),
    });
    migrate(db, ARCHIVE_MIGRATIONS, `The database of archive ${archiveId}`);
    this.open.set(archiveId, { db, ino });
    return db;
  }

  /** Drops what subclasses cache about an archive whose database was replaced or forgotten. */
  protected forgetCaches(_archiveId: string): void {}

  protected release(archiveId: string): void {
    const cached = this.open.get(archiveId);
    if (!cached) return;
    this.open.delete(archiveId);
    cached.db.close();
  }

  protected notFound(archiveId: string): UserFacingError {
    return new UserFacingError('NOT_FOUND', `no imported archive with id ${archiveId}`);
  }
}
