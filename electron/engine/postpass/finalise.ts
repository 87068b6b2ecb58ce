import type { Database } from 'better-sqlite3';
import { ARCHIVE_INDEXES } from '../db/archive-schema';

/** A post that is also in deleted-tweets.js is listed once, as a deleted post. Returns how many. */
export function dropPostsAlsoDeleted(db: Database): number {
  return db
    .prepare(
      `DELETE FROM items WHERE kind = 'post' AND id IN (
         SELECT p.item_id FROM posts p JOIN deleted_posts d ON d.tweet_id = p.tweet_id)`,
    )
    .run().changes;
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

export function createIndexes(db: Database): void {
  db.exec(ARCHIVE_INDEXES);
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

/** Query planner statistics, sampled so it stays fast on a million rows. */
export function analyse(db: Database): void {
  db.exec('PRAGMA analysis_limit = 2000; ANALYZE;');
}
