import type { Database } from 'better-sqlite3';
import type { ProtectedRange } from '../../../shared/model/overview';
import { META, getMeta, setMeta } from '../db/meta';
import { archiveClassifyContext } from './context';
import { rebuildFacets } from '../postpass/finalise';
import { reclassifyAll, type BatchDone } from './reclassify';

/**
 * Stores a change of what the classification depends on (`store`: the user's protected periods, their
 * own words), re-runs the exposure model on every item under it and rebuilds the facets, in one
 * transaction with `alongside` (the caller's summary update): all of it or, when `onBatch` throws (a
 * cancel), none of it.
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
    const userRanges = getMeta<ProtectedRange[] | null>(db, META.userRanges);
    reclassifyAll(db, archiveClassifyContext(db, userRanges, asOf), owner, onBatch);
    rebuildFacets(db);
    return alongside();
  })();
}

/** Re-classifies every item under the user's protected periods (null: back to the archive's own history). */
export function applyUserRanges<T>(
  db: Database,
  userRanges: ProtectedRange[] | null,
  asOf: string,
  owner: string | null,
  alongside: () => T,
  onBatch?: BatchDone,
): T {
  return reclassifyArchive(
    db,
    asOf,
    owner,
    () => setMeta(db, META.userRanges, userRanges),
    alongside,
    onBatch,
  );
}
