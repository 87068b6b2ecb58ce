import type { Database } from 'better-sqlite3';
import type { ProtectedRange } from '../../../shared/model/overview';
import { META, setMeta } from '../db/meta';
import { archiveClassifyContext } from '../ingest/classify-context';
import { rebuildFacets } from './finalise';
import { reclassifyAll } from './reclassify';

/**
 * Re-runs the exposure model on every item under the user's protected periods (null: back to the
 * archive's own protected history) and stores them. `alongside` runs in the same transaction as
 * the stored periods and facets (the caller's summary update).
 */
export function applyUserRanges<T>(
  db: Database,
  userRanges: ProtectedRange[] | null,
  asOf: string,
  owner: string | null,
  alongside: () => T,
): T {
  reclassifyAll(db, archiveClassifyContext(db, userRanges, asOf), owner);
  return db.transaction(() => {
    rebuildFacets(db);
    setMeta(db, META.userRanges, userRanges);
    return alongside();
  })();
}
