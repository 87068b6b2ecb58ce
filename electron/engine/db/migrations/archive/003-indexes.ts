import type { Migration } from '../../migrate';
import { defineIndexes, dropIndexes } from '../../index-definitions';

/**
 * Archive schema 3 (frozen): the indexes become part of the schema. Until now they were created
 * outside the migrations with IF NOT EXISTS (after an import, and on an archive's first comparison),
 * so a database kept whatever definitions the version that imported it had: single-column date,
 * kind and level indexes, a source-id index, no flags index (which a flag filter names: "no such
 * index"), no comparison indexes. This step gives every schema-2 database the same indexes, and the
 * full-text index without positions (databases from before that change kept them).
 */
const INDEXES = {
  // Date order pages the dated items first, then the undated ones (likes have no date). Each index
  // covers every filter column, so a page under rare filters scans an index, not the rows.
  items_by_date:
    'CREATE INDEX items_by_date ON items (created_at, kind, post_types, channels, flags, level, visibility)',
  items_by_kind_date:
    'CREATE INDEX items_by_kind_date ON items (kind, created_at, post_types, channels, flags, level, visibility)',
  items_by_level_date:
    'CREATE INDEX items_by_level_date ON items (level, created_at, kind, post_types, channels, flags, visibility)',
  items_by_flags_date: 'CREATE INDEX items_by_flags_date ON items (flags, created_at)',
  post_media_by_path:
    'CREATE INDEX post_media_by_path ON post_media (archive_path) WHERE archive_path IS NOT NULL',
  relations_by_kind: 'CREATE INDEX relations_by_kind ON relations (kind)',
  dm_messages_by_conversation: 'CREATE INDEX dm_messages_by_conversation ON dm_messages (conversation_id)',
  item_facets_by_month: 'CREATE INDEX item_facets_by_month ON item_facets (month)',
  // Comparing two archives probes these (the post counts are read from the first alone).
  posts_by_tweet_type:
    'CREATE INDEX posts_by_tweet_type ON posts (tweet_id, is_repost, is_quote, reply_to_status_id IS NOT NULL)',
  likes_by_tweet: 'CREATE INDEX likes_by_tweet ON likes (tweet_id)',
  bookmarks_by_tweet: 'CREATE INDEX bookmarks_by_tweet ON bookmarks (tweet_id)',
  dm_messages_by_id: 'CREATE INDEX dm_messages_by_id ON dm_messages (message_id)',
  relations_by_kind_account: 'CREATE INDEX relations_by_kind_account ON relations (kind, account_id)',
  grok_messages_by_chat: 'CREATE INDEX grok_messages_by_chat ON grok_messages (chat_id)',
};

const FTS_WITHOUT_POSITIONS = `
CREATE VIRTUAL TABLE items_fts USING fts5(
  text, content='items', content_rowid='id', tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0
);
INSERT INTO items_fts (items_fts) VALUES ('rebuild');
`;

export const migration: Migration = (db) => {
  dropIndexes(db, ['items_by_source']);
  defineIndexes(db, INDEXES);
  const fts = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'items_fts'").pluck().get() as string;
  if (!/detail\s*=\s*none/.test(fts)) {
    db.exec('DROP TABLE items_fts');
    db.exec(FTS_WITHOUT_POSITIONS);
  }
};
