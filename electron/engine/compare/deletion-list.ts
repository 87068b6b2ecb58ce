/**
 * The deletion list: items the user exported as a CSV to delete them on X. Kept in the library, by
 * account, kind and source id (item ids are per database), so a newer archive of the same account,
 * or a re-import, can be checked against it.
 */
import type { Database } from 'better-sqlite3';

const BATCH = 5000;

/** Adds the exported items to the account's deletion list (the newest export wins for repeats). */
export function recordDeletionList(
  library: Database,
  archive: Database,
  account: { accountId: string; archiveId: string },
  itemIds: number[] | 'all',
  now: string = new Date().toISOString(),
): number {
  const insert = library.prepare(
    `INSERT INTO deletion_list (account_id, kind, source_id, archive_id, listed_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (account_id, kind, source_id) DO UPDATE SET archive_id = excluded.archive_id, listed_at = excluded.listed_at`,
  );
  const add = library.transaction((rows: Array<{ kind: string; source_id: string }>) => {
    for (const r of rows) insert.run(account.accountId, r.kind, r.source_id, account.archiveId, now);
  });
  let recorded = 0;
  if (itemIds === 'all') {
    const page = archive.prepare('SELECT id, kind, source_id FROM items WHERE id > ? ORDER BY id LIMIT ?');
    for (let after = 0; ;) {
      const rows = page.all(after, BATCH) as Array<{ id: number; kind: string; source_id: string }>;
      if (rows.length === 0) break;
      add(rows);
      recorded += rows.length;
      after = rows[rows.length - 1]!.id;
    }
    return recorded;
  }
  const byIds = archive.prepare(
    'SELECT kind, source_id FROM items WHERE id IN (SELECT value FROM json_each(?))',
  );
  for (let i = 0; i < itemIds.length; i += BATCH) {
    const rows = byIds.all(JSON.stringify(itemIds.slice(i, i + BATCH))) as Array<{
      kind: string;
      source_id: string;
    }>;
    add(rows);
    recorded += rows.length;
  }
  return recorded;
}

export function deletionListSize(library: Database, accountId: string): number {
  return (
    library.prepare('SELECT count(*) AS n FROM deletion_list WHERE account_id = ?').get(accountId) as {
      n: number;
    }
  ).n;
}

/** Removes the account's deletion list (when its last archive is forgotten). */
export function deleteDeletionList(library: Database, accountId: string): number {
  return library.prepare('DELETE FROM deletion_list WHERE account_id = ?').run(accountId).changes;
}
