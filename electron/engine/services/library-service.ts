import { existsSync } from 'node:fs';
import type { ArchiveSummary, LibraryEntry } from '../../../shared/model/summary';
import { notFound, type Connections } from '../connections';
import { getArchiveSummary, listArchiveEntries, upsertArchive } from '../library/library-db';
import { forgetArchiveRow } from '../library/forget-archive-row';
import { isArchiveId } from '../library/paths';
import { removeDatabaseFiles, removeStalePartials } from '../ingest/install';
import { registerUnlistedArchives } from '../library/register-unlisted';

/** The library: which archives are imported, their summaries, and forgetting one. */
export class LibraryService {
  constructor(private readonly conn: Connections) {
    removeStalePartials(conn.dataDir);
    registerUnlistedArchives(conn.library, conn.dataDir, conn.nativeBinding);
  }

  list(): LibraryEntry[] {
    return listArchiveEntries(this.conn.library);
  }

  summary(archiveId: string): ArchiveSummary {
    const summary = getArchiveSummary(this.conn.library, archiveId);
    if (!summary) throw notFound(archiveId);
    return summary;
  }

  /** Records a new or changed summary (after an import, a correction, a bookmark import). */
  record(summary: ArchiveSummary): void {
    upsertArchive(this.conn.library, summary);
  }

  forget(archiveId: string): void {
    this.conn.release(archiveId);
    const path = this.conn.archivePath(archiveId);
    const hadFile = isArchiveId(archiveId) && existsSync(path);
    // The file goes first: a database left without its entry would be listed again at the next start.
    if (hadFile) removeDatabaseFiles(path);
    const existed = forgetArchiveRow(this.conn.library, archiveId);
    if (!existed && !hadFile) throw notFound(archiveId);
  }
}
