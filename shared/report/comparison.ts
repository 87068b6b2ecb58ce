/** The report's comparison block, from the engine's comparison of an older archive with this one. */
import type { ArchiveComparison, CountKey } from '../model/compare';
import { COUNT_LABELS } from './labels';
import type { ReportComparison, ReportComparisonRow } from './model';

/** What the engine answered when asked to compare: the comparison, or the readable reason it failed. */
export type ComparisonOutcome =
  { olderId: string; result: ArchiveComparison } | { olderId: string; error: string };

/**
 * The comparison table's columns, in reading order, with their one wording (app, report and command
 * line): the older count, what went, what came, what stayed, the newer count.
 */
export const COMPARISON_COLUMNS = [
  ['older', 'Older archive'],
  ['removed', 'Removed'],
  ['added', 'Added'],
  ['kept', 'Still there'],
  ['newer', 'Newer archive'],
] as const satisfies ReadonlyArray<readonly [keyof Omit<ReportComparisonRow, 'key' | 'label'>, string]>;

export const COMPARISON_MEANING =
  '“Removed” is in the older archive but no longer in the newer one; “added” is new in the newer one; “still there” is in both.';

/** One row per count both archives can be compared on (bookmarks only when both have them). */
export function comparisonRows(c: ArchiveComparison): ReportComparisonRow[] {
  return (Object.keys(COUNT_LABELS) as CountKey[]).flatMap((key) => {
    const removed = c.removed[key];
    const added = c.added[key];
    const kept = c.kept[key];
    // null: not comparable (bookmarks when one of the archives has none imported)
    if (removed === null || added === null || kept === null) return [];
    return [
      { key, label: COUNT_LABELS[key], older: removed + kept, removed, added, kept, newer: added + kept },
    ];
  });
}

export function reportComparisonFrom(outcome: ComparisonOutcome): ReportComparison {
  if ('error' in outcome) {
    return {
      status: 'failed',
      olderArchiveId: outcome.olderId,
      note: `The comparison with the older archive could not be made: ${outcome.error}.`,
    };
  }
  const c = outcome.result;
  const { listed, gone, stillPresent, stillInScope } = c.deletionList;
  return {
    status: 'compared',
    olderArchiveId: c.older.archiveId,
    olderGeneratedAt: c.older.generatedAt,
    olderImportedAt: c.older.importedAt,
    newerGeneratedAt: c.newer.generatedAt,
    newerImportedAt: c.newer.importedAt,
    rows: comparisonRows(c),
    deletionList: { listed, gone, stillPresent, stillInScope },
    warnings: c.warnings,
  };
}
