import type { ItemKind } from './kinds';
import type { ItemRow } from './items';
import type { ArchiveSummary } from './summary';

export interface TimelineBucket {
  /** UTC month, `YYYY-MM`. */
  month: string;
  counts: Partial<Record<ItemKind, number>>;
}

export interface MissingData {
  what: string;
  meaning: string;
}

export interface Overview {
  summary: ArchiveSummary;
  timeline: TimelineBucket[];
  topSensitive: ItemRow[];
  missing: MissingData[];
  /** Items with no date (likes have none), per kind: they cannot be placed on the timeline. */
  undated: Partial<Record<ItemKind, number>>;
  /**
   * The person's own sensitive words changed since this archive's items were last checked (a re-check
   * across the account's archives was cancelled or stopped before this one): it waits to be checked again.
   */
  ownWordsPending: boolean;
}

/** The user's correction of the protected-history assumption: the account was protected in each range. */
export interface ProtectedRange {
  from: string;
  /** null = still protected. */
  to: string | null;
}

export interface VisibilitySettings {
  /** Ranges derived from protected-history.js. */
  fromArchive: ProtectedRange[];
  /** The user's own ranges; when set they replace the archive's. */
  userRanges: ProtectedRange[] | null;
  /** Whether the archive had any protected-history events. */
  hasHistory: boolean;
  /** Periods in which the user says their posts went to their Twitter Circle only ([]: none). */
  circleRanges?: ProtectedRange[];
  /** The archive lists its Circle posts itself, so the user's Circle periods are not used. */
  archiveMarksCircle?: boolean;
}

/**
 * What the user changes in one save: their protected periods (null: back to the archive's history)
 * and/or their Circle-only periods. A field left out stays as it was.
 */
export interface VisibilityChange {
  ranges?: ProtectedRange[] | null;
  circleRanges?: ProtectedRange[];
}
