import type { Database } from 'better-sqlite3';
import type { ArchiveFormat, ArchiveSummary, Counts, LibraryEntry } from '../../../shared/model/summary';
import { migrate } from '../db/migrate';
import { openDatabase } from '../db/open';
import { LIBRARY_MIGRATIONS } from '../db/migrations/library/index';
import { libraryDbPath } from './paths';
import { ensureDir } from './ensure-dir';
import { withStorageErrors } from '../storage-errors';

export function openLibrary(dataDir: string, nativeBinding?: string): Database {
  ensureDir(dataDir);
  const path = libraryDbPath(dataDir);
  return withStorageErrors(path, { kind: 'library' }, () => {
    const db = openDatabase(path, nativeBinding ? { nativeBinding } : {});
    try {
      migrate(db, LIBRARY_MIGRATIONS, 'The library');
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  });
}

interface ArchiveRow {
  archive_id: string;
  account_id: string;
  username: string;
  display_name: string;
  generated_at: string | null;
  imported_at: string;
  format: string;
  source_path: string;
  partial: number;
  summary: string;
}

export function upsertArchive(db: Database, s: ArchiveSummary): void {
  db.prepare(
    `INSERT INTO archives (archive_id, account_id, username, display_name, generated_at, imported_at, format,
       source_path, partial, summary)
     VALUES (@archiveId, @accountId, @username, @displayName, @generatedAt, @importedAt, @format, @sourcePath,
       @partial, @summary)
     ON CONFLICT (archive_id) DO UPDATE SET account_id = excluded.account_id, username = excluded.username,
       display_name = excluded.display_name, generated_at = excluded.generated_at,
       imported_at = excluded.imported_at, format = excluded.format, source_path = excluded.source_path,
       partial = excluded.partial, summary = excluded.summary`,
  ).run({
    archiveId: s.archiveId,
    accountId: s.account.accountId,
    username: s.account.username,
    displayName: s.account.displayName,
    generatedAt: s.generatedAt,
    importedAt: s.importedAt,
    format: s.format,
    sourcePath: s.sourcePath,
    partial: s.partial ? 1 : 0,
    summary: JSON.stringify(s),
  });
}

export function getArchiveSummary(db: Database, archiveId: string): ArchiveSummary | null {
  const row = db.prepare('SELECT summary FROM archives WHERE archive_id = ?').get(archiveId) as
    { summary: string } | undefined;
  return row ? (JSON.parse(row.summary) as ArchiveSummary) : null;
}

type ListRow = Omit<ArchiveRow, 'summary'> & { counts: string };

/**
 * The library's rows, read from their columns: the summaries are not parsed in JavaScript (only the
 * small `counts` part is taken out of each, by SQLite), so one archive with a huge summary (written
 * before summaries were capped) does not make every list slow.
 */
export function listArchiveEntries(db: Database): LibraryEntry[] {
  const rows = db
    .prepare(
      `SELECT archive_id, account_id, username, display_name, generated_at, imported_at, format,
         source_path, partial, json_extract(summary, '$.counts') AS counts
       FROM archives ORDER BY imported_at DESC`,
    )
    .all() as ListRow[];
  return rows.map((r) => ({
    archiveId: r.archive_id,
    account: { accountId: r.account_id, username: r.username, displayName: r.display_name },
    generatedAt: r.generated_at,
    importedAt: r.imported_at,
    format: r.format as ArchiveFormat,
    sourcePath: r.source_path,
    counts: JSON.parse(r.counts) as Counts,
    partial: r.partial === 1,
  }));
}

export function deleteArchiveRow(db: Database, archiveId: string): boolean {
  return db.prepare('DELETE FROM archives WHERE archive_id = ?').run(archiveId).changes > 0;
}
