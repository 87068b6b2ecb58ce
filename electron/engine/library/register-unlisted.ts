import { existsSync, readdirSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { META, getMeta } from '../db/meta';
import { openDatabase } from '../db/open';
import { getArchiveSummary, upsertArchive } from './library-db';
import { archiveDbPath, archivesDir, isArchiveId } from './paths';

/**
 * Lists archive databases that are in place but not in the library. An import moves its finished
 * database into place and then adds the library entry: a process killed between the two leaves a
 * complete archive nobody can see. Its summary is in its own meta table, so it is listed from that.
 * Returns the ids listed. A database that cannot be read is left alone (the next import replaces it).
 */
export function registerUnlistedArchives(
  library: Database,
  dataDir: string,
  nativeBinding?: string,
): string[] {
  const dir = archivesDir(dataDir);
  if (!existsSync(dir)) return [];
  const listed: string[] = [];
  for (const name of readdirSync(dir)) {
    const id = name.endsWith('.sqlite') ? name.slice(0, -'.sqlite'.length) : '';
    if (!isArchiveId(id) || getArchiveSummary(library, id)) continue;
    let summary: ArchiveSummary | null = null;
    try {
      const db = openDatabase(archiveDbPath(dataDir, id), {
        fileMustExist: true,
        ...(nativeBinding ? { nativeBinding } : {}),
      });
      try {
        summary = getMeta<ArchiveSummary>(db, META.summary);
      } finally {
        db.close();
      }
    } catch {
      continue;
    }
    if (summary?.archiveId !== id) continue;
    upsertArchive(library, summary);
    listed.push(id);
  }
  return listed;
}
