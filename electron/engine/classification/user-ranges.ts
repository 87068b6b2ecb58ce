import type { Database } from 'better-sqlite3';
import type { ProtectedRange } from '../../../shared/model/overview';
import { META, getMeta, setMeta } from '../db/meta';
import { archiveClassifyContext, type UserRanges } from './context';
import { rebuildFacets } from '../postpass/finalise';
import { reclassifyAll, type BatchDone } from './reclassify';

/** The periods the user set on this archive, as stored. */
export function storedUserRanges(db: Database): UserRanges {
  return {
    protected: getMeta<ProtectedRange[] | null>(db, META.userRanges),
    circle: getMeta<ProtectedRange[]>(db, META.circleRanges) ?? [],
  };
}

/**
 * Stores a change of what the classification depends on (`store`: the user's protected and Circle periods, their
 * own words), re-runs the exposure model on every item under it and rebuilds the facets, in one
 * transaction with `alongside` (the caller's summary update): all of it or, when `onBatch` throws (a
 * cancel), none of it.
 *
 * One transaction means the write-ahead log holds every changed page until the commit. Measured at
 * 971,000 generated items (a 497 MB archive database): the log reached 140 MB during the correction
 * and 149 MB at its commit, and is emptied after it (VisibilityService). That is well under the size
 * of the database itself, so the correction is not split into several commits, which would need a
 * stored "correction in progress" mark to stay correct after a cancel or a crash.
 */
export function reclassifyArchive<T>(
  db: Database,
  asOf: string,
  owner: string | null,
  store: () => void,
  alongside: () => T,
  onBatch?: BatchDone,
): T {
  return db.transaction(() => {
    store();
    reclassifyAll(db, archiveClassifyContext(db, storedUserRanges(db), asOf), owner, onBatch);
    rebuildFacets(db);
    return alongside();
  })();
}

/**
 * Re-classifies every item under the user's periods: protected (null: back to the archive's own
 * history) and Circle-only.
 */
export function applyUserRanges<T>(
  db: Database,
  ranges: UserRanges,
  asOf: string,
  owner: string | null,
  alongside: () => T,
  onBatch?: BatchDone,
): T {
  return reclassifyArchive(
    db,
    asOf,
    owner,
    () => {
      setMeta(db, META.userRanges, ranges.protected);
      setMeta(db, META.circleRanges, ranges.circle);
    },
    alongside,
    onBatch,
  );
}
