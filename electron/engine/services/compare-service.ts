import type { ArchiveComparison } from '../../../shared/model/compare';
import type { Connections } from '../connections';
import { compareArchives } from '../compare';
import type { LibraryService } from './library-service';
import { noProgress, type Progress } from './progress';

/** Two archives of one account side by side: what was removed, added and kept. */
export class CompareService {
  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
  ) {}

  /** Older first; `withIds` adds the removed items' ids (the deletion check). */
  compare(
    olderId: string,
    newerId: string,
    opts: { withIds?: boolean } = {},
    progress: Progress = noProgress,
  ): ArchiveComparison {
    // Three steps: opening each archive (which migrates it, its compare indexes included, the first
    // time), then the comparison, which reads them through connections of its own.
    progress(0, 3);
    this.conn.archive(olderId);
    progress(1, 3);
    this.conn.archive(newerId);
    progress(2, 3);
    return compareArchives({
      older: { summary: this.library.summary(olderId), dbPath: this.conn.archivePath(olderId) },
      newer: { summary: this.library.summary(newerId), dbPath: this.conn.archivePath(newerId) },
      libraryPath: this.conn.libraryPath,
      ...this.conn.openOptions,
      ...(opts.withIds ? { withIds: true } : {}),
    });
  }
}
