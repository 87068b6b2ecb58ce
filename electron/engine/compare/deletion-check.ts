import type { Database } from 'better-sqlite3';
import type { DeletionListCheck, ListedItem } from '../../../shared/model/compare';
import type { ItemKind } from '../../../shared/model/kinds';
import { channelsOf } from '../db/bits';

const LISTED = `(i.kind, i.source_id) IN (SELECT kind, source_id FROM lib.deletion_list WHERE account_id = @account)`;

/**
 * The account's deletion list against the newer archive (attached as `b`, the library as `lib`): one
 * scan of its items, probing the list. DM text is never part of the sample.
 */
export function checkDeletionList(db: Database, accountId: string, sampleSize: number): DeletionListCheck {
  const account = { account: accountId };
  const listed = (
    db.prepare('SELECT count(*) AS n FROM lib.deletion_list WHERE account_id = @account').get(account) as {
      n: number;
    }
  ).n;
  if (listed === 0) return { listed, stillPresent: 0, stillInScope: 0, byKind: {}, gone: 0, sample: [] };
  const perKind = db
    .prepare(
      `SELECT i.kind, count(DISTINCT i.source_id) AS present, count(DISTINCT CASE WHEN i.channels != 0 THEN i.source_id END) AS in_scope
       FROM b.items i WHERE ${LISTED} GROUP BY i.kind`,
    )
    .all(account) as Array<{ kind: ItemKind; present: number; in_scope: number }>;
  const byKind: Partial<Record<ItemKind, number>> = {};
  let stillPresent = 0;
  let stillInScope = 0;
  for (const r of perKind) {
    stillPresent += r.present;
    stillInScope += r.in_scope;
    if (r.in_scope > 0) byKind[r.kind] = r.in_scope;
  }
  const rows = db
    .prepare(
      `SELECT i.id, i.kind, i.source_id, i.created_at, CASE WHEN i.kind = 'directMessage' THEN NULL ELSE substr(i.text, 1, 280) END AS snippet,
         i.channels FROM b.items i WHERE i.channels != 0 AND ${LISTED}
       ORDER BY i.created_at DESC, i.id LIMIT @limit`,
    )
    .all({ ...account, limit: sampleSize }) as Array<{
    id: number;
    kind: ItemKind;
    source_id: string;
    created_at: string | null;
    snippet: string | null;
    channels: number;
  }>;
  const sample: ListedItem[] = rows.map((r) => ({
    itemId: r.id,
    kind: r.kind,
    sourceId: r.source_id,
    createdAt: r.created_at,
    snippet: r.snippet,
    channels: channelsOf(r.channels),
  }));
  return { listed, stillPresent, stillInScope, byKind, gone: listed - stillPresent, sample };
}
