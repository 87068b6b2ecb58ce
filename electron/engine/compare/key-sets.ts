/**
 * What identifies a counted thing across two archives, per key of the summary's `counts`: a post by its
 * id, a like by the liked post's id, a follower by their account id... Each set is the same rows the
 * count is taken over (summary/counts.ts), so removed + kept equals the older archive's count.
 */
import type { CountKey } from '../../../shared/model/compare';

export interface KeySet {
  /** FROM (and WHERE) over the archive attached as `s`; table aliases are local to the set. */
  from(s: string): string;
  /** Columns that identify a row (compared as a row value). */
  key: string[];
  /** The id printed on request. */
  id: string;
}

const table =
  (name: string, where = '') =>
  (s: string) =>
    `${s}.${name}${where ? ` WHERE ${where}` : ''}`;
const byTweet = (name: string, where = ''): KeySet => ({
  from: table(name, where),
  key: ['tweet_id'],
  id: 'tweet_id',
});
const relation = (kind: string): KeySet => ({
  from: table('relations', `kind = '${kind}'`),
  key: ['account_id'],
  id: 'account_id',
});

export const KEY_SETS: Record<CountKey, KeySet> = {
  posts: byTweet('posts'),
  reposts: byTweet('posts', 'is_repost = 1'),
  replies: byTweet('posts', 'is_repost = 0 AND reply_to_status_id IS NOT NULL'),
  quotes: byTweet('posts', 'is_repost = 0 AND is_quote = 1'),
  likes: byTweet('likes'),
  longPosts: { from: table('notes'), key: ['note_id'], id: 'note_id' },
  communityPosts: byTweet('community_posts'),
  deletedPosts: byTweet('deleted_posts'),
  // A Grok message has no id of its own: its chat, time, sender and text identify it.
  grokMessages: {
    from: (s) => `${s}.grok_messages g JOIN ${s}.items gi ON gi.id = g.item_id`,
    key: [
      "coalesce(g.chat_id, '')",
      "coalesce(gi.created_at, '')",
      "coalesce(g.sender, '')",
      "coalesce(gi.text, '')",
    ],
    id: "coalesce(g.chat_id, '') || '@' || coalesce(gi.created_at, '')",
  },
  directMessages: { from: table('dm_messages'), key: ['message_id'], id: 'message_id' },
  followers: relation('follower'),
  following: relation('following'),
  blocks: relation('block'),
  mutes: relation('mute'),
  bookmarks: byTweet('bookmarks'),
};
