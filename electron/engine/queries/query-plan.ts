import type { Database } from 'better-sqlite3';
import type { ItemQuery } from '../../../shared/model/items';
import type { ItemKind } from '../../../shared/model/kinds';
import { META, getMeta } from '../db/meta';
import { dateRange, flagValuesOf, ftsQuery, type DateRange } from './filters';
import type { KindRange } from './kind-ranges';

/**
 * What one query needs worked out, worked out once: its search as an FTS expression, its date bounds,
 * the archive's kind ranges and (when a flag filter asks for them) the stored flag values. The page,
 * its counts and the kind checkboxes' counts all read this one plan.
 */
export interface QueryPlan {
  q: ItemQuery;
  fts: { match: string; words: string[] } | null;
  range: DateRange;
  /** Each kind's id range (null in an archive written before they were kept). */
  ranges: KindRange[] | null;
  /** The stored flag sets holding a chosen flag (see flagValuesOf): read on first use, once. */
  flagValues(): number[] | undefined;
}

export function planQuery(db: Database, q: ItemQuery): QueryPlan {
  let flagValues: { values: number[] | undefined } | null = null;
  return {
    q,
    fts: ftsQuery(q.text),
    range: dateRange(q),
    ranges: getMeta<KindRange[] | null>(db, META.kindRanges),
    flagValues: () => {
      if (!q.flags?.length) return undefined;
      flagValues ??= { values: flagValuesOf(db, q.flags) };
      return flagValues.values;
    },
  };
}

/** The same plan for other kinds (what ticking each kind would list): everything else is shared. */
export function withKinds(plan: QueryPlan, kinds: ItemKind[] | undefined): QueryPlan {
  return { ...plan, q: { ...plan.q, kinds } };
}
