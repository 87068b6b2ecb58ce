import type { Database } from 'better-sqlite3';
import type { ProtectedRange } from '../../../shared/model/overview';
import { META, setMeta } from '../db/meta';
import { archiveClassifyContext } from './context';
import { rebuildFacets } from '../postpass/finalise';
import { reclassifyAll, type BatchDone } from './reclassify';

/**
 * Re-runs the exposure model on every item under the user's protected periods (null: back to the
 * archive's own protected history) and stores them, in one transaction with the facets, the stored
 * periods and `alongside` (the caller's summary update): all of it or, when `onBatch` throws (a
 * cancel), none of it.
 */
export function applyUserRanges<T>(
  db: Database,
  userRanges: ProtectedRange[] | null,
  asOf: string,
  owner: string | null,
  alongside: () => T,
  onBatch?: BatchDone,
): T {
  return db.transaction(() => {
    reclassifyAll(db, archiveClassifyContext(db, userRanges, asOf), owner, onBatch);
    rebuildFacets(db);
    setMeta(db, META.userRanges, userRanges);
    return alongside();
  })();
}
