import type { Database } from 'better-sqlite3';
import type { ProtectedRange } from '../../../shared/model/overview';
import { META, getMeta, setMeta } from '../db/meta';
import { openDatabase } from '../db/open';
import { classifyContextFor } from '../ingest/classify-context';
import { protectEvents } from '../queries/visibility';
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
  reclassifyAll(db, classifyContextFor(protectEvents(db), userRanges, asOf), owner);
  return db.transaction(() => {
    rebuildFacets(db);
    setMeta(db, META.userRanges, userRanges);
    return alongside();
  })();
}

/**
 * The protected periods the user set on an archive database (a re-import of the same archive keeps
 * them); null when there are none or the database cannot be read.
 */
export function userRangesOf(path: string, nativeBinding?: string): ProtectedRange[] | null {
  try {
    const db = openDatabase(path, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      return getMeta<ProtectedRange[] | null>(db, META.userRanges);
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
