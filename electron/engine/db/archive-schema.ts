/**
 * What the ingest code writes into the archive database's tables. The tables themselves are made by
 * the migrations (migrations/archive/): a column added here needs a new migration that adds it.
 */

/** Columns shared by every tweet-shaped table (posts, community_posts, deleted_posts). */
export const POST_COLUMNS = [
  ['tweet_id', 'TEXT NOT NULL UNIQUE'],
  ['lang', 'TEXT'],
  ['source', 'TEXT'],
  ['reply_to_status_id', 'TEXT'],
  ['reply_to_user_id', 'TEXT'],
  ['reply_to_screen_name', 'TEXT'],
  ['is_repost', 'INTEGER NOT NULL'],
  ['repost_of', 'TEXT'],
  ['is_quote', 'INTEGER NOT NULL'],
  ['quoted_status_id', 'TEXT'],
  ['note_id', 'TEXT'],
  ['favorite_count', 'INTEGER'],
  ['retweet_count', 'INTEGER'],
  ['possibly_sensitive', 'INTEGER'],
  ['edit_initial_id', 'TEXT'],
  ['edit_ids', 'TEXT'],
  ['edit_latest_id', 'TEXT'],
  ['geo_lat', 'REAL'],
  ['geo_long', 'REAL'],
  ['place_name', 'TEXT'],
  ['mentions', 'TEXT'],
  ['hashtags', 'TEXT'],
  ['urls', 'TEXT'],
] as const;

export const POST_TABLES = {
  post: { table: 'posts', extra: [] },
  communityPost: { table: 'community_posts', extra: [['community_id', 'TEXT']] },
  deletedPost: { table: 'deleted_posts', extra: [['deleted_at', 'TEXT']] },
} as const;

/**
 * How the search index splits and folds words (queries are folded the same way: search-match.ts).
 * The index is defined by migrations/archive/003-indexes.ts; a test checks they agree.
 */
export const SEARCH_TOKENIZER = 'unicode61 remove_diacritics 2';
