import type { Database } from 'better-sqlite3';
import type { FacetCounter } from '../ingest/facet-counter';
import type { ProgressReporter } from '../ingest/progress-reporter';
import { throwIfAborted } from '../errors';
import { applyNoteMatches, findNoteMatches } from './note-matching';
import { reclassifyIdsWith } from '../classification/reclassify';
import type { Classifier } from '../ingest/classifier';
import { META, setMeta } from '../db/meta';
import { computeKindRanges } from '../queries/kind-ranges';
import { restoreDeferredIndexes } from '../db/bulk-indexes';
import { deleteItems, linkEditChains, postsAlsoDeleted, rebuildFts } from './finalise';

/**
 * After all files are read: deduplicate posts that are also deleted posts, link edit chains, merge
 * long-post notes (re-classifying those posts with the import's classifier, which has the context),
 * then build indexes, facets and the FTS index. Returns the warnings it has for the summary.
 */
export async function runPostPass(
  db: Database,
  classifier: Classifier,
  facets: FacetCounter,
  progress: ProgressReporter,
  signal: AbortSignal | undefined,
): Promise<string[]> {
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
  if (longIds.length > 0) {
    db.exec('BEGIN');
    try {
      await reclassifyIdsWith(db, classifier, longIds);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
  facets.addStored(db, longIds, 1);
  throwIfAborted(signal);
  facets.write(db);
  setMeta(db, META.kindRanges, computeKindRanges(db));
  rebuildFts(db);
  throwIfAborted(signal);
  return warnings;
}
