import type { ProtectedRange } from '../../../shared/model/overview';
import type { ClassifyContext } from '../../../shared/exposure/types';
import { protectedRangesFromHistory } from '../../../shared/exposure/visibility';

/**
 * The exposure model's account context: the user's own protected ranges when they corrected the
 * assumption, else the ranges from protected-history.js (none: public is assumed).
 */
export function classifyContextFor(
  events: Array<{ at: string; action: 'Protect' | 'Unprotect' }>,
  userRanges: ProtectedRange[] | null,
  asOf: string,
): ClassifyContext {
  return {
    protectedRanges: userRanges ?? protectedRangesFromHistory(events),
    hasProtectedHistory: userRanges !== null || events.length > 0,
    asOf,
  };
}
