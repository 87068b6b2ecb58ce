import type { Database } from 'better-sqlite3';
import type { ProtectedRange, VisibilitySettings } from '../../../shared/model/overview';
import { protectedRangesFromHistory } from '../../../shared/exposure/visibility';
import { CIRCLE_PERIOD } from '../../../shared/exposure/circle';
import { UserFacingError } from '../errors';
import { META, getMeta } from '../db/meta';

export type ProtectEvent = { at: string; action: 'Protect' | 'Unprotect' };

export function protectEvents(db: Database): ProtectEvent[] {
  return db.prepare('SELECT at, action FROM protected_history ORDER BY at').all() as ProtectEvent[];
}

/** Whether the archive lists its Circle posts itself (an archive made from Nov 2022 to Feb 2023). */
export function archiveMarksCircle(db: Database): boolean {
  return db.prepare('SELECT 1 FROM circle_posts LIMIT 1').get() !== undefined;
}

export function visibilitySettings(db: Database): VisibilitySettings {
  const events = protectEvents(db);
  return {
    fromArchive: protectedRangesFromHistory(events),
    userRanges: getMeta<ProtectedRange[] | null>(db, META.userRanges),
    hasHistory: events.length > 0,
    circleRanges: getMeta<ProtectedRange[]>(db, META.circleRanges) ?? [],
    archiveMarksCircle: archiveMarksCircle(db),
  };
}

/** Checks the user's ranges: ISO dates, `from` before `to`; returns them normalised to full ISO. */
export function normaliseRanges(ranges: ProtectedRange[], what = 'a protected period'): ProtectedRange[] {
  return ranges.map((r) => {
    const from = Date.parse(r.from);
    const to = r.to === null ? null : Date.parse(r.to);
    if (Number.isNaN(from) || (to !== null && Number.isNaN(to))) {
      throw new UserFacingError('BAD_INPUT', `${what} has a date that cannot be read`);
    }
    if (to !== null && to <= from) {
      throw new UserFacingError('BAD_INPUT', `${what} ends before it starts`);
    }
    return { from: new Date(from).toISOString(), to: to === null ? null : new Date(to).toISOString() };
  });
}

/**
 * The user's Circle-only periods, checked and cut to the time Twitter Circle existed (30 Aug 2022 to
 * 31 Oct 2023): no post outside it can have gone to a Circle, so marking one would only be a mistake.
 */
export function normaliseCircleRanges(ranges: ProtectedRange[]): ProtectedRange[] {
  const start = Date.parse(CIRCLE_PERIOD.from);
  const end = Date.parse(CIRCLE_PERIOD.until);
  return normaliseRanges(ranges, 'a Circle period').map((r) => {
    const from = Math.max(Date.parse(r.from), start);
    const to = Math.min(r.to === null ? end : Date.parse(r.to), end);
    if (to <= from) {
      throw new UserFacingError(
        'BAD_INPUT',
        'a Circle period is outside the time Twitter Circle existed (30 August 2022 to 31 October 2023)',
      );
    }
    return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
  });
}
