import type { Database } from 'better-sqlite3';

/**
 * Indexes on the columns that identify likes, DMs, relations, bookmarks and Grok chats, and one that
 * lets the post counts be read from an index alone. The import
 * leaves them out (they would slow every import for a feature used now and then); the first
 * comparison that involves an archive builds them, about a second per 500,000 rows, and every later
 * one then probes them instead of building a temporary index of the other archive each time.
 */
const COMPARE_INDEXES = `
CREATE INDEX IF NOT EXISTS posts_by_tweet_type ON posts (tweet_id, is_repost, is_quote, reply_to_status_id IS NOT NULL);
CREATE INDEX IF NOT EXISTS likes_by_tweet ON likes (tweet_id);
CREATE INDEX IF NOT EXISTS bookmarks_by_tweet ON bookmarks (tweet_id);
CREATE INDEX IF NOT EXISTS dm_messages_by_id ON dm_messages (message_id);
CREATE INDEX IF NOT EXISTS relations_by_kind_account ON relations (kind, account_id);
CREATE INDEX IF NOT EXISTS grok_messages_by_chat ON grok_messages (chat_id);
`;

export function ensureCompareIndexes(db: Database): void {
  db.exec(COMPARE_INDEXES);
}
