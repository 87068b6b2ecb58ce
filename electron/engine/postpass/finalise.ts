import type { Database } from 'better-sqlite3';

/** Posts that are also in deleted-tweets.js: they are listed once, as deleted posts. */
export function postsAlsoDeleted(db: Database): number[] {
  return db
    .prepare(
      // Driven by the (few) deleted posts, each looked up in the posts' unique tweet_id index.
      `SELECT p.item_id FROM deleted_posts d CROSS JOIN posts p ON p.tweet_id = d.tweet_id
       WHERE EXISTS (SELECT 1 FROM items i WHERE i.id = p.item_id AND i.kind = 'post')`,
    )
    .pluck()
    .all() as number[];
}

export function deleteItems(db: Database, ids: readonly number[]): void {
  if (ids.length > 0)
    db.prepare('DELETE FROM items WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
}

/** Every version of an edited post points to the chain's latest version (from the original's edit_info). */
export function linkEditChains(db: Database): void {
  db.exec(`
    UPDATE posts SET edit_latest_id = (
      SELECT o.edit_latest_id FROM posts o WHERE o.tweet_id = posts.edit_initial_id)
    WHERE edit_initial_id IS NOT NULL AND edit_initial_id != tweet_id
      AND EXISTS (SELECT 1 FROM posts o WHERE o.tweet_id = posts.edit_initial_id AND o.edit_latest_id IS NOT NULL);
  `);
}

/** Per-combination counts that answer the Browse counters and the summary without scanning items. */
export function rebuildFacets(db: Database): void {
  db.exec(`
    DELETE FROM item_facets;
    INSERT INTO item_facets (kind, post_types, channels, flags, level, visibility, month, n)
      SELECT kind, post_types, channels, flags, level, visibility, coalesce(substr(created_at, 1, 7), ''), count(*)
      FROM items GROUP BY 1, 2, 3, 4, 5, 6, 7;
  `);
}

export function rebuildFts(db: Database): void {
  db.exec(`INSERT INTO items_fts (items_fts) VALUES ('rebuild');`);
}

// No ANALYZE on purpose: with statistics SQLite picks skip-scans of the level index plus a full
// sort for undated pages (seconds at a million items); without them it follows the covering indexes.
