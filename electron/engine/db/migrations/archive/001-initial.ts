import type { Migration } from '../../migrate';

/**
 * Archive schema 1, as released (frozen: never edit; change the schema with a new file).
 * Databases written before 33bc953 with user_version 1 may differ from this text in their full-text
 * index (positions kept) and their indexes; 003-indexes.ts brings any of them to the same shape.
 */
export const migration: Migration = (db) =>
  db.exec(`
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

CREATE TABLE posts (
  item_id INTEGER PRIMARY KEY, tweet_id TEXT NOT NULL UNIQUE, lang TEXT, source TEXT,
  reply_to_status_id TEXT, reply_to_user_id TEXT, reply_to_screen_name TEXT,
  is_repost INTEGER NOT NULL, repost_of TEXT, is_quote INTEGER NOT NULL, quoted_status_id TEXT,
  note_id TEXT, favorite_count INTEGER, retweet_count INTEGER, possibly_sensitive INTEGER,
  edit_initial_id TEXT, edit_ids TEXT, edit_latest_id TEXT, geo_lat REAL, geo_long REAL,
  place_name TEXT, mentions TEXT, hashtags TEXT, urls TEXT
) STRICT;
CREATE TABLE community_posts (
  item_id INTEGER PRIMARY KEY, tweet_id TEXT NOT NULL UNIQUE, lang TEXT, source TEXT,
  reply_to_status_id TEXT, reply_to_user_id TEXT, reply_to_screen_name TEXT,
  is_repost INTEGER NOT NULL, repost_of TEXT, is_quote INTEGER NOT NULL, quoted_status_id TEXT,
  note_id TEXT, favorite_count INTEGER, retweet_count INTEGER, possibly_sensitive INTEGER,
  edit_initial_id TEXT, edit_ids TEXT, edit_latest_id TEXT, geo_lat REAL, geo_long REAL,
  place_name TEXT, mentions TEXT, hashtags TEXT, urls TEXT, community_id TEXT
) STRICT;
CREATE TABLE deleted_posts (
  item_id INTEGER PRIMARY KEY, tweet_id TEXT NOT NULL UNIQUE, lang TEXT, source TEXT,
  reply_to_status_id TEXT, reply_to_user_id TEXT, reply_to_screen_name TEXT,
  is_repost INTEGER NOT NULL, repost_of TEXT, is_quote INTEGER NOT NULL, quoted_status_id TEXT,
  note_id TEXT, favorite_count INTEGER, retweet_count INTEGER, possibly_sensitive INTEGER,
  edit_initial_id TEXT, edit_ids TEXT, edit_latest_id TEXT, geo_lat REAL, geo_long REAL,
  place_name TEXT, mentions TEXT, hashtags TEXT, urls TEXT, deleted_at TEXT
) STRICT;

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
  text, content='items', content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0
);
`);
