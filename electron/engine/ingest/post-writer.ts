import type { Database, Statement } from 'better-sqlite3';
import type { PostType } from '../../../shared/model/kinds';
import type { ClassifyInput } from '../../../shared/exposure/types';
import { POST_COLUMNS, POST_TABLES } from '../db/archive-schema';
import type { PostRecord } from './records';
import type { FileTally } from './file-tally';
import type { ItemSink } from './item-sink';
import type { MediaFamily, MediaIndex } from './media-index';
import { RowBatch } from '../db/row-batch';

export type PostKind = keyof typeof POST_TABLES;

const MEDIA_FAMILY: Record<PostKind, MediaFamily> = {
  post: 'posts',
  communityPost: 'communityPosts',
  deletedPost: 'deletedPosts',
};

export function postTypesOfRecord(rec: PostRecord): PostType[] {
  if (rec.isRepost) return ['repost'];
  const types: PostType[] = [];
  if (rec.replyToStatusId) types.push('reply');
  if (rec.isQuote) types.push('quote');
  if (types.length === 0) types.push('original');
  return types;
}

function jsonList(list: readonly string[] | null): string | null {
  return list && list.length > 0 ? JSON.stringify(list) : null;
}

function bool(v: boolean | null): number | null {
  return v === null ? null : v ? 1 : 0;
}

/** Column values of a post row, in POST_COLUMNS order. */
function postValues(rec: PostRecord): unknown[] {
  const byColumn: Record<(typeof POST_COLUMNS)[number][0], unknown> = {
    tweet_id: rec.tweetId,
    lang: rec.lang,
    source: rec.source,
    reply_to_status_id: rec.replyToStatusId,
    reply_to_user_id: rec.replyToUserId,
    reply_to_screen_name: rec.replyToScreenName,
    is_repost: rec.isRepost ? 1 : 0,
    repost_of: rec.repostOf,
    is_quote: rec.isQuote ? 1 : 0,
    quoted_status_id: rec.quotedStatusId,
    note_id: null,
    favorite_count: rec.favoriteCount,
    retweet_count: rec.retweetCount,
    possibly_sensitive: bool(rec.possiblySensitive),
    edit_initial_id: rec.editInitialId,
    edit_ids: jsonList(rec.editIds),
    edit_latest_id: rec.editIds ? (rec.editIds[rec.editIds.length - 1] ?? null) : null,
    geo_lat: rec.geo?.lat ?? null,
    geo_long: rec.geo?.long ?? null,
    place_name: rec.geo?.placeName ?? null,
    mentions: jsonList(rec.mentions),
    hashtags: jsonList(rec.hashtags),
    urls: jsonList(rec.urls),
  };
  return POST_COLUMNS.map(([name]) => byColumn[name]);
}

export function classifyInputOfPost(
  kind: PostKind,
  rec: PostRecord,
  postTypes: PostType[],
  circle = false,
): ClassifyInput {
  return {
    ...(circle ? { circle: true } : {}),
    kind,
    postTypes,
    createdAt: rec.createdAt,
    deletedAt: rec.deletedAt,
    text: rec.text,
    media: rec.media,
    geo: rec.geo,
    mentions: rec.mentions,
    inReplyToStatusId: rec.replyToStatusId,
    lang: rec.lang,
  };
}

/**
 * Writes tweet-shaped records (posts, community posts, deleted posts) with their media, whose rows go
 * several per statement (`flush` writes the last ones).
 */
export class PostWriter {
  private readonly insert: Record<PostKind, Statement>;
  private readonly insertMedia: RowBatch;
  private readonly insertCircle: Statement;

  constructor(
    db: Database,
    private readonly items: ItemSink,
    private readonly media: MediaIndex,
  ) {
    const stmt = (kind: PostKind) => {
      const { table, extra } = POST_TABLES[kind];
      const cols = ['item_id', ...POST_COLUMNS.map(([n]) => n), ...extra.map(([n]) => n)];
      return db.prepare(
        `INSERT OR IGNORE INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
      );
    };
    this.insert = {
      post: stmt('post'),
      communityPost: stmt('communityPost'),
      deletedPost: stmt('deletedPost'),
    };
    this.insertCircle = db.prepare('INSERT OR IGNORE INTO circle_posts (tweet_id) VALUES (?)');
    this.insertMedia = new RowBatch(db, 'post_media', [
      'item_id',
      'position',
      'media_id',
      'type',
      'url',
      'expanded_url',
      'archive_path',
      'source_status_id',
    ]);
  }

  /** `circle`: the post was shared with a Twitter Circle only (read from the archive's Circle file). */
  add(kind: PostKind, rec: PostRecord, tally: FileTally, opts: { circle?: boolean } = {}): void {
    const itemId = this.items.peekId();
    const values = postValues(rec);
    if (kind === 'communityPost') values.push(rec.communityId);
    else if (kind === 'deletedPost') values.push(rec.deletedAt);
    if (this.insert[kind].run(itemId, ...values).changes === 0) {
      tally.duplicates++;
      return;
    }
    const postTypes = postTypesOfRecord(rec);
    const circle = opts.circle === true && kind === 'post';
    if (circle) this.insertCircle.run(rec.tweetId);
    this.items.add(rec.tweetId, classifyInputOfPost(kind, rec, postTypes, circle));
    const family = MEDIA_FAMILY[kind];
    rec.media.forEach((m, i) => {
      this.insertMedia.add(
        itemId,
        i,
        m.mediaId,
        m.type,
        m.url,
        m.expandedUrl,
        this.media.find(family, rec.tweetId, m.fileName),
        m.sourceStatusId,
      );
    });
    tally.records++;
    if (rec.dateInvalid) tally.invalidDates++;
  }

  /** Writes the media rows still waiting (before the read's transaction commits). */
  flush(): void {
    this.insertMedia.flush();
  }
}
