import type { Database } from 'better-sqlite3';
import type { ProtectedRange, VisibilitySettings } from '../../../shared/model/overview';
import { protectedRangesFromHistory } from '../../../shared/exposure/visibility';
import { UserFacingError } from '../errors';
import { META, getMeta } from '../db/meta';

export type ProtectEvent = { at: string; action: 'Protect' | 'Unprotect' };

export function protectEvents(db: Database): ProtectEvent[] {
  return db.prepare('SELECT at, action FROM protected_history ORDER BY at').all() as ProtectEvent[];
}

export function visibilitySettings(db: Database): VisibilitySettings {
  const events = protectEvents(db);
  return {
    fromArchive: protectedRangesFromHistory(events),
    userRanges: getMeta<ProtectedRange[] | null>(db, META.userRanges),
    hasHistory: events.length > 0,
  };
}

/** Checks the user's ranges: ISO dates, `from` before `to`; returns them normalised to full ISO. */
export function normaliseRanges(ranges: ProtectedRange[]): ProtectedRange[] {
  return ranges.map((r) => {
    const from = Date.parse(r.from);
    const to = r.to === null ? null : Date.parse(r.to);
    if (Number.isNaN(from) || (to !== null && Number.isNaN(to))) {
      throw new UserFacingError('BAD_INPUT', 'a protected period has a date that cannot be read');
    }
    if (to !== null && to <= from) {
      throw new UserFacingError('BAD_INPUT', 'a protected period ends before it starts');
    }
    return { from: new Date(from).toISOString(), to: to === null ? null : new Date(to).toISOString() };
  });
}
