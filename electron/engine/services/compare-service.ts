import type { ArchiveComparison } from '../../../shared/model/compare';
import type { Connections } from '../connections';
import { compareArchives } from '../compare';
import type { LibraryService } from './library-service';

/** Two archives of one account side by side: what was removed, added and kept. */
export class CompareService {
  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
  ) {}

  /** Older first; `withIds` adds the removed items' ids (the deletion check). */
  compare(olderId: string, newerId: string, opts: { withIds?: boolean } = {}): ArchiveComparison {
    // Opening both migrates them (the comparison reads them through connections of its own).
    this.conn.archive(olderId);
    this.conn.archive(newerId);
    return compareArchives({
      older: { summary: this.library.summary(olderId), dbPath: this.conn.archivePath(olderId) },
      newer: { summary: this.library.summary(newerId), dbPath: this.conn.archivePath(newerId) },
      libraryPath: this.conn.libraryPath,
      ...this.conn.openOptions,
      ...(opts.withIds ? { withIds: true } : {}),
    });
  }
}
