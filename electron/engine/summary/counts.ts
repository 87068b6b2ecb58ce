import type { Database } from 'better-sqlite3';
import type { Counts } from '../../../shared/model/summary';

/** The CLI contract's counts, each by its definition in issue 3, straight from the tables. */
export function countArchive(db: Database, hasBookmarkFile: boolean): Counts {
  const n = (sql: string, ...params: unknown[]) => (db.prepare(sql).get(...params) as { n: number }).n;
  const relations = (kind: string) => n('SELECT count(*) AS n FROM relations WHERE kind = ?', kind);
  return {
    posts: n('SELECT count(*) AS n FROM posts'),
    reposts: n('SELECT count(*) AS n FROM posts WHERE is_repost = 1'),
    replies: n('SELECT count(*) AS n FROM posts WHERE is_repost = 0 AND reply_to_status_id IS NOT NULL'),
    quotes: n('SELECT count(*) AS n FROM posts WHERE is_repost = 0 AND is_quote = 1'),
    likes: n('SELECT count(*) AS n FROM likes'),
    longPosts: n('SELECT count(*) AS n FROM notes'),
    communityPosts: n('SELECT count(*) AS n FROM community_posts'),
    deletedPosts: n('SELECT count(*) AS n FROM deleted_posts'),
    grokMessages: n('SELECT count(*) AS n FROM grok_messages'),
    directMessages: n('SELECT count(*) AS n FROM dm_messages'),
    followers: relations('follower'),
    following: relations('following'),
    blocks: relations('block'),
    mutes: relations('mute'),
    bookmarks: hasBookmarkFile ? n('SELECT count(*) AS n FROM bookmarks') : null,
  };
}
