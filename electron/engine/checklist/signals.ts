/** Turns the engine's answers about one archive into the checklist's tailoring signals. */
import { findEuHints } from '../../../shared/checklist/eu-hints';
import { countsByKind } from '../../../shared/report/build-model';
import type { ChecklistSignals } from '../../../shared/checklist/types';
import type { VisibilitySettings } from '../../../shared/model/overview';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { ArchiveEvidence } from './archive-evidence';

/** The account's state when the archive was made, from the (possibly user-corrected) protected ranges. */
export function accountStateNow(v: VisibilitySettings): ChecklistSignals['accountNow'] {
  const ranges = v.userRanges ?? v.fromArchive;
  if (ranges.some((r) => r.to === null)) return 'protected';
  return v.userRanges === null && !v.hasHistory ? 'assumedPublic' : 'public';
}

export function checklistSignals(
  summary: ArchiveSummary,
  visibility: VisibilitySettings,
  evidence: ArchiveEvidence,
): ChecklistSignals {
  const { counts, exposure } = summary;
  const totalItems = Object.values(countsByKind(counts)).reduce((sum, n) => sum + n, 0);
  return {
    totalItems,
    highLevelItems: exposure.levels.high,
    posts: counts.posts,
    likes: counts.likes,
    deletedPosts: counts.deletedPosts,
    communityPosts: counts.communityPosts,
    grokMessages: counts.grokMessages,
    directMessages: counts.directMessages,
    bookmarks: counts.bookmarks,
    mediaItems: exposure.flags.media,
    // The Grok channel holds exactly the posts public since 2024-05-07 plus every Grok message.
    publicPostsSinceCutoff: Math.max(0, exposure.channels.grokTraining - counts.grokMessages),
    accountNow: accountStateNow(visibility),
    euHints: findEuHints(evidence),
    inferredInterests: evidence.inferredInterests,
    advertisers: evidence.advertisers,
    archiveGeneratedAt: summary.generatedAt,
  };
}
