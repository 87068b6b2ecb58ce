import type {
  BookmarkImportResult,
  BookmarkImportState,
  BookmarkMapping,
  BookmarkPreview,
} from '../../../shared/model/bookmarks';
import type { Connections } from '../connections';
import { bookmarkImportState, importBookmarkFile, loadBookmarkFile } from '../bookmarks';
import type { LibraryService } from './library-service';
import { noProgress, type Progress } from './progress';

/** Bookmarks from an export of another tool, added to an archive that lacks them. */
export class BookmarkService {
  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
  ) {}

  /** Reads a bookmark export and shows what an import would write (nothing is written). */
  preview(path: string, mapping?: BookmarkMapping): BookmarkPreview {
    return loadBookmarkFile(path, mapping).preview;
  }

  /** Imports a bookmark export into the archive, replacing the previous import. */
  import(
    archiveId: string,
    path: string,
    mapping?: BookmarkMapping,
    progress: Progress = noProgress,
  ): BookmarkImportResult {
    const result = importBookmarkFile(
      this.conn.archive(archiveId),
      this.library.summary(archiveId),
      path,
      mapping,
      undefined,
      progress,
    );
    this.library.record(result.summary);
    // Everything cached for this archive (counts, search hits, temp tables on its connection) is stale.
    this.conn.release(archiveId);
    return result;
  }

  state(archiveId: string): BookmarkImportState | null {
    return bookmarkImportState(this.conn.archive(archiveId));
  }
}
