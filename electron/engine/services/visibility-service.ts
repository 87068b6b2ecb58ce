import type { Database } from 'better-sqlite3';
import type { VisibilityChange, VisibilitySettings } from '../../../shared/model/overview';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { Connections } from '../connections';
import { META, getMeta, setMeta } from '../db/meta';
import { normaliseCircleRanges, normaliseRanges, visibilitySettings } from '../queries/visibility';
import { reclassifyArchive } from '../classification/user-ranges';
import { exposureSummary } from '../summary/exposure-summary';
import type { LibraryService } from './library-service';
import type { Progress } from './progress';

/** When the account was protected: the archive's own history and the user's corrections of it. */
export class VisibilityService {
  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
  ) {}

  settings(archiveId: string): VisibilitySettings {
    return visibilitySettings(this.conn.archive(archiveId));
  }

  /**
   * Stores the user's protected periods (null: back to the archive's history) and/or Circle-only
   * periods (a field left out stays as it was), and re-classifies every item under both.
   */
  set(archiveId: string, change: VisibilityChange, progress?: Progress): ArchiveSummary {
    const ranges =
      change.ranges === undefined || change.ranges === null ? change.ranges : normaliseRanges(change.ranges);
    const circle = change.circleRanges && normaliseCircleRanges(change.circleRanges);
    const store = (db: Database) => {
      if (ranges !== undefined) setMeta(db, META.userRanges, ranges);
      if (circle) setMeta(db, META.circleRanges, circle);
    };
    return this.reclassify(archiveId, store, progress);
  }

  /**
   * Stores a change of what the classification depends on (`store`) and re-classifies every item under
   * it, the archive's summary updated with it: all of it, or nothing when cancelled.
   */
  reclassify(archiveId: string, store: (db: Database) => void, progress?: Progress): ArchiveSummary {
    const db = this.conn.archive(archiveId);
    const previous = this.library.summary(archiveId);
    const asOf = getMeta<string>(db, META.asOf) ?? previous.generatedAt ?? previous.importedAt;
    const summary = reclassifyArchive(
      db,
      asOf,
      previous.account.accountId || null,
      () => store(db),
      () => {
        const next: ArchiveSummary = { ...previous, exposure: exposureSummary(db) };
        setMeta(db, META.summary, next);
        return next;
      },
      progress,
    );
    // The correction was one transaction, so the write-ahead log holds every page it changed (149 MB
    // at a million items) and would keep that size on disk until the archive is closed: moved into the
    // database now, and the log emptied.
    db.pragma('wal_checkpoint(TRUNCATE)');
    this.library.record(summary);
    this.conn.changed(archiveId, 'classification');
    return summary;
  }
}
