import type { Migration } from './migrate';
import { BOOKMARK_IMPORTS_MIGRATION } from '../bookmarks/schema';

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

function postTableDdl(table: string, extra: ReadonlyArray<readonly [string, string]>): string {
  const cols = [['item_id', 'INTEGER PRIMARY KEY'], ...POST_COLUMNS, ...extra].map(([n, t]) => `${n} ${t}`);
  return `CREATE TABLE ${table} (${cols.join(', ')}) STRICT;`;
}

/** How the search index splits and folds words (queries are folded the same way: search-match.ts). */
export const SEARCH_TOKENIZER = 'unicode61 remove_diacritics 2';

const V1 = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE data_files (
  position INTEGER PRIMARY KEY, path TEXT NOT NULL, type TEXT NOT NULL, records INTEGER NOT NULL,
  status TEXT NOT NULL, message TEXT, bytes INTEGER
) STRICT;
CREATE TABLE unknown_types (type TEXT PRIMARY KEY, files INTEGER NOT NULL, records INTEGER NOT NULL) STRICT;

CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  source_id TEXT NOT NULL,
  created_at TEXT,
  text TEXT,
  post_types INTEGER NOT NULL,
  channels INTEGER NOT NULL,
  flags INTEGER NOT NULL,
  level INTEGER NOT NULL,
  visibility TEXT NOT NULL,
  public_since_cutoff INTEGER,
  reasons_id INTEGER NOT NULL,
  evidence TEXT
) STRICT;

-- The exposure model's reasons are shared by many items: stored once, referenced by id.
CREATE TABLE classification_reasons (id INTEGER PRIMARY KEY, json TEXT NOT NULL) STRICT;

${postTableDdl(POST_TABLES.post.table, POST_TABLES.post.extra)}
${postTableDdl(POST_TABLES.communityPost.table, POST_TABLES.communityPost.extra)}
${postTableDdl(POST_TABLES.deletedPost.table, POST_TABLES.deletedPost.extra)}

CREATE TABLE post_media (
  item_id INTEGER NOT NULL, position INTEGER NOT NULL, media_id TEXT, type TEXT NOT NULL, url TEXT,
  expanded_url TEXT, archive_path TEXT, source_status_id TEXT,
  PRIMARY KEY (item_id, position)
) STRICT, WITHOUT ROWID;

CREATE TABLE notes (
  note_id TEXT PRIMARY KEY, created_at TEXT, updated_at TEXT, text TEXT NOT NULL, item_id INTEGER
) STRICT;

CREATE TABLE likes (item_id INTEGER PRIMARY KEY, tweet_id TEXT NOT NULL, expanded_url TEXT) STRICT;
CREATE TABLE bookmarks (
  item_id INTEGER PRIMARY KEY, tweet_id TEXT NOT NULL, expanded_url TEXT, added_at TEXT, collection_id TEXT
) STRICT;
CREATE TABLE grok_messages (
  item_id INTEGER PRIMARY KEY, chat_id TEXT, sender TEXT, mode TEXT, post_ids TEXT, attachments TEXT
) STRICT;
CREATE TABLE dm_conversations (
  conversation_id TEXT PRIMARY KEY, is_group INTEGER NOT NULL, name TEXT, participants TEXT NOT NULL,
  messages INTEGER NOT NULL, events INTEGER NOT NULL
) STRICT;
CREATE TABLE dm_messages (
  item_id INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL, message_id TEXT NOT NULL, sender_id TEXT,
  recipient_id TEXT, urls TEXT, media TEXT, reactions INTEGER NOT NULL
) STRICT;

CREATE TABLE account (
  account_id TEXT PRIMARY KEY, username TEXT, display_name TEXT, email TEXT, phone TEXT, created_at TEXT,
  created_via TEXT
) STRICT;
CREATE TABLE profile (
  id INTEGER PRIMARY KEY, bio TEXT, website TEXT, location TEXT, avatar_url TEXT, header_url TEXT,
  avatar_path TEXT, header_path TEXT
) STRICT;
CREATE TABLE screen_name_changes (id INTEGER PRIMARY KEY, changed_at TEXT, changed_from TEXT, changed_to TEXT) STRICT;
CREATE TABLE protected_history (id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL) STRICT;
CREATE TABLE relations (kind TEXT NOT NULL, account_id TEXT NOT NULL) STRICT;
CREATE TABLE interests (id INTEGER PRIMARY KEY, name TEXT NOT NULL, is_disabled INTEGER NOT NULL, source TEXT NOT NULL) STRICT;
CREATE TABLE demographics (id INTEGER PRIMARY KEY, key TEXT NOT NULL, value TEXT NOT NULL) STRICT;
CREATE TABLE ad_engagements (
  id INTEGER PRIMARY KEY, at TEXT, advertiser_name TEXT, advertiser_screen_name TEXT, tweet_id TEXT,
  display_location TEXT, engagement_types TEXT
) STRICT;
CREATE TABLE ad_impressions (
  id INTEGER PRIMARY KEY, at TEXT, advertiser_name TEXT, advertiser_screen_name TEXT, tweet_id TEXT,
  display_location TEXT
) STRICT;

CREATE TABLE item_facets (
  kind TEXT NOT NULL, post_types INTEGER NOT NULL, channels INTEGER NOT NULL, flags INTEGER NOT NULL,
  level INTEGER NOT NULL, visibility TEXT NOT NULL, month TEXT NOT NULL, n INTEGER NOT NULL
) STRICT;

-- Searches are words and prefixes, never phrases: no positions needed (detail=none), which halves
-- the index build time and size.
CREATE VIRTUAL TABLE items_fts USING fts5(
  text, content='items', content_rowid='id', tokenize='${SEARCH_TOKENIZER}', detail=none, columnsize=0
);
`;

export const ARCHIVE_MIGRATIONS: readonly Migration[] = [(db) => db.exec(V1), BOOKMARK_IMPORTS_MIGRATION];

/**
 * Indexes, created after the bulk insert (building them once is much faster than maintaining them
 * row by row). Date order pages the dated items first, then the undated ones (likes have no date).
 * Each index covers every filter column, so a page under rare filters scans an index, not the rows.
 */
export const ARCHIVE_INDEXES = `
CREATE INDEX IF NOT EXISTS items_by_date ON items (created_at, kind, post_types, channels, flags, level, visibility);
CREATE INDEX IF NOT EXISTS items_by_kind_date ON items (kind, created_at, post_types, channels, flags, level, visibility);
CREATE INDEX IF NOT EXISTS items_by_level_date ON items (level, created_at, kind, post_types, channels, flags, visibility);
CREATE INDEX IF NOT EXISTS items_by_flags_date ON items (flags, created_at);
CREATE INDEX IF NOT EXISTS post_media_by_path ON post_media (archive_path) WHERE archive_path IS NOT NULL;
CREATE INDEX IF NOT EXISTS relations_by_kind ON relations (kind);
CREATE INDEX IF NOT EXISTS dm_messages_by_conversation ON dm_messages (conversation_id);
CREATE INDEX IF NOT EXISTS item_facets_by_month ON item_facets (month);
`;
