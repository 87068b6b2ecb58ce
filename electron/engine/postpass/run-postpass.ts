import type { Database } from 'better-sqlite3';
import type { ClassifyContext } from '../../../shared/exposure/types';
import type { FacetCounter } from '../ingest/facet-counter';
import type { ProgressReporter } from '../ingest/progress-reporter';
import { throwIfAborted } from '../errors';
import { applyNoteMatches, findNoteMatches } from './note-matching';
import { reclassifyIds } from '../classification/reclassify';
import { META, setMeta } from '../db/meta';
import { computeKindRanges } from '../queries/kind-ranges';
import { restoreDeferredIndexes } from '../db/bulk-indexes';
import { deleteItems, linkEditChains, postsAlsoDeleted, rebuildFts } from './finalise';

/**
 * After all files are read: deduplicate posts that are also deleted posts, link edit chains, merge
 * long-post notes (re-classifying those posts), then build indexes, facets and the FTS index.
 * Returns the warnings it has for the summary.
 */
export function runPostPass(
  db: Database,
  ctx: ClassifyContext,
  facets: FacetCounter,
  progress: ProgressReporter,
  signal: AbortSignal | undefined,
): string[] {
  const warnings: string[] = [];
  progress.setStep('classifying');
  const alsoDeleted = postsAlsoDeleted(db);
  facets.addStored(db, alsoDeleted, -1);
  deleteItems(db, alsoDeleted);
  if (alsoDeleted.length > 0) {
    warnings.push(
      `${alsoDeleted.length} post(s) are also in deleted-tweets.js and are listed as deleted posts`,
    );
  }
  progress.setStep('indexing');
  restoreDeferredIndexes(db);
  linkEditChains(db);
  const notes = findNoteMatches(db);
  if (notes.unmatched > 0)
    warnings.push(`${notes.unmatched} long-post note(s) could not be matched to a post`);
  const longIds = notes.matches.map((m) => m.itemId);
  facets.addStored(db, longIds, -1);
  applyNoteMatches(db, notes.matches);
  db.transaction(() => reclassifyIds(db, ctx, longIds))();
  facets.addStored(db, longIds, 1);
  throwIfAborted(signal);
  facets.write(db);
  setMeta(db, META.kindRanges, computeKindRanges(db));
  rebuildFts(db);
  throwIfAborted(signal);
  return warnings;
}
