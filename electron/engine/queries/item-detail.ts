import type { Database } from 'better-sqlite3';
import type { Channel } from '../../../shared/model/kinds';
import type { FlagEvidence, ItemContext, ItemDetail, MediaRef } from '../../../shared/model/items';
import { conversation, grokChat, postLinks } from './item-context';
import type { ChannelVerdict } from '../../../shared/exposure/types';
import { POST_TABLES } from '../db/archive-schema';
import { UserFacingError } from '../errors';
import { SNIPPET_CHARS, toItemRow, type RawRow } from './rows';

type Extra = ItemDetail['extra'];

interface DetailRow extends RawRow {
  text: string | null;
  source_id: string;
  public_since_cutoff: number | null;
  reasons: string;
  evidence: string | null;
}

interface PostRow {
  tweet_id: string;
  lang: string | null;
  source: string | null;
  reply_to_status_id: string | null;
  reply_to_screen_name: string | null;
  is_repost: number;
  repost_of: string | null;
  quoted_status_id: string | null;
  note_id: string | null;
  favorite_count: number | null;
  retweet_count: number | null;
  edit_initial_id: string | null;
  edit_latest_id: string | null;
  geo_lat: number | null;
  geo_long: number | null;
  place_name: string | null;
  hashtags: string | null;
  urls: string | null;
  community_id?: string | null;
  deleted_at?: string | null;
}

const MEDIA_TYPES = new Set(['photo', 'video', 'animated_gif']);

function mediaTypeOfPath(path: string | null): MediaRef['type'] {
  if (!path) return 'other';
  if (/\.(jpe?g|png|gif|webp)$/i.test(path)) return 'photo';
  if (/\.(mp4|mov|m4v)$/i.test(path)) return 'video';
  return 'other';
}

function statusUrl(username: string, id: string): string {
  return `https://x.com/${username || 'i/web'}/status/${id}`;
}

function postDetails(db: Database, kind: keyof typeof POST_TABLES, itemId: number, username: string) {
  const row = db.prepare(`SELECT * FROM ${POST_TABLES[kind].table} WHERE item_id = ?`).get(itemId) as
    PostRow | undefined;
  const media = db
    .prepare('SELECT type, archive_path, url FROM post_media WHERE item_id = ? ORDER BY position')
    .all(itemId) as Array<{ type: string; archive_path: string | null; url: string | null }>;
  if (!row) return null;
  const extra: Extra = {
    lang: row.lang,
    app: row.source,
    likesReceived: row.favorite_count,
    repostsReceived: row.retweet_count,
    inReplyToStatusId: row.reply_to_status_id,
    inReplyToUser: row.reply_to_screen_name,
    quotedStatusId: row.quoted_status_id,
    editOf: row.edit_initial_id !== null && row.edit_initial_id !== row.tweet_id ? row.edit_initial_id : null,
    latestVersion:
      row.edit_latest_id !== null && row.edit_latest_id !== row.tweet_id ? row.edit_latest_id : null,
    longPostNoteId: row.note_id,
    place: row.place_name,
    latitude: row.geo_lat,
    longitude: row.geo_long,
    hashtags: row.hashtags ? (JSON.parse(row.hashtags) as string[]).join(' ') : null,
  };
  if (kind === 'communityPost') extra.communityId = row.community_id ?? null;
  return {
    url: statusUrl(username, row.tweet_id),
    author: row.is_repost ? row.repost_of : username || null,
    deletedAt: row.deleted_at ?? null,
    media: media.map((m) => ({
      type: (MEDIA_TYPES.has(m.type) ? m.type : 'other') as MediaRef['type'],
      archivePath: m.archive_path,
      url: m.url,
    })),
    extra,
    links: postLinks(row.urls),
  };
}

/** Everything known about one item, for the detail pane. DM text and evidence stay hidden unless revealed. */
export function itemDetail(
  db: Database,
  itemId: number,
  account: { accountId: string; username: string },
  revealPrivate: boolean,
): ItemDetail {
  const row = db
    .prepare(
      `SELECT i.id, i.kind, i.post_types, i.created_at, i.text AS snippet, i.text, i.source_id, i.channels, i.flags,
         i.level, i.visibility, i.public_since_cutoff, r.json AS reasons, i.evidence
       FROM items i JOIN classification_reasons r ON r.id = i.reasons_id WHERE i.id = ?`,
    )
    .get(itemId) as DetailRow | undefined;
  if (!row) throw new UserFacingError('NOT_FOUND', `no item ${itemId} in this archive`);
  const hidden = row.kind === 'directMessage' && !revealPrivate;
  const reasons = JSON.parse(row.reasons) as {
    channelReasons: Record<Channel, ChannelVerdict>;
    levelReason: string;
  };
  const evidence = row.evidence ? (JSON.parse(row.evidence) as FlagEvidence[]) : [];
  let url: string | null = null;
  let author: string | null = null;
  let deletedAt: string | null = null;
  let media: MediaRef[] = [];
  let extra: Extra = {};
  let links: string[] | undefined;
  let context: ItemContext | undefined;
  if (row.kind === 'post' || row.kind === 'communityPost' || row.kind === 'deletedPost') {
    const d = postDetails(db, row.kind, itemId, account.username);
    if (d) ({ url, author, deletedAt, media, extra, links } = d);
  } else if (row.kind === 'like' || row.kind === 'bookmark') {
    const table = row.kind === 'like' ? 'likes' : 'bookmarks';
    const r = db.prepare(`SELECT tweet_id, expanded_url FROM ${table} WHERE item_id = ?`).get(itemId) as
      { tweet_id: string; expanded_url: string | null } | undefined;
    if (r) url = r.expanded_url ?? statusUrl('', r.tweet_id);
    extra = { tweetId: r?.tweet_id ?? null };
  } else if (row.kind === 'grokMessage') {
    const r = db.prepare('SELECT chat_id, sender, mode FROM grok_messages WHERE item_id = ?').get(itemId) as
      { chat_id: string | null; sender: string | null; mode: string | null } | undefined;
    author = r?.sender === 'Agent' ? 'Grok' : r?.sender === 'User' ? 'you' : (r?.sender ?? null);
    extra = { chatId: r?.chat_id ?? null, mode: r?.mode ?? null };
    if (r?.chat_id) context = grokChat(db, r.chat_id, itemId);
  } else if (row.kind === 'directMessage') {
    const r = db
      .prepare('SELECT conversation_id, sender_id, recipient_id, media FROM dm_messages WHERE item_id = ?')
      .get(itemId) as
      | {
          conversation_id: string;
          sender_id: string | null;
          recipient_id: string | null;
          media: string | null;
        }
      | undefined;
    author = r?.sender_id ? (r.sender_id === account.accountId ? 'you' : r.sender_id) : null;
    extra = { conversationId: r?.conversation_id ?? null, recipientId: r?.recipient_id ?? null };
    if (r) context = conversation(db, r.conversation_id, itemId, account.accountId, !hidden);
    const list = r?.media ? (JSON.parse(r.media) as Array<{ url: string; archivePath: string | null }>) : [];
    media = hidden
      ? []
      : list.map((m) => ({
          type: mediaTypeOfPath(m.archivePath ?? m.url),
          archivePath: m.archivePath,
          url: m.url,
        }));
  }
  const base = toItemRow(row, null);
  return {
    ...base,
    snippet: hidden ? null : (row.text?.slice(0, SNIPPET_CHARS) ?? null),
    text: hidden ? null : row.text,
    sourceId: row.source_id,
    url,
    author,
    deletedAt,
    publicSinceCutoff: row.public_since_cutoff === null ? null : row.public_since_cutoff === 1,
    channelReasons: reasons.channelReasons,
    flagEvidence: hidden ? evidence.map((e) => ({ ...e, evidence: [] })) : evidence,
    levelReason: reasons.levelReason,
    media,
    extra,
    ...(links && links.length > 0 ? { links } : {}),
    ...(context ? { context } : {}),
  };
}
