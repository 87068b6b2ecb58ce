import type { GeoRecord, MediaRecord, MediaType, PostRecord, Skip } from '../records';
import { parseArchiveDate } from '../../parse/dates';
import { asArray, asId, asInt, asObject, asString, unescapeText, unwrap } from '../../parse/text';

/** A quote is a link to a post: `twitter.com|x.com/<user>/status/<id>` (there is no quoted_status field). */
const STATUS_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/[A-Za-z0-9_]+\/status(?:es)?\/(\d+)/i;
const REPOST = /^RT @([A-Za-z0-9_]+)/;
const SOURCE_NAME = /<a[^>]*>([^<]*)<\/a>/;

export function quotedStatusId(url: string | null): string | null {
  if (!url) return null;
  const m = STATUS_URL.exec(url);
  return m ? m[1]! : null;
}

function basename(url: string | null): string | null {
  if (!url) return null;
  const path = url.split(/[?#]/, 1)[0]!;
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name || null;
}

function num(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** The highest-bitrate mp4 variant, whose basename X uses for the archived video file. */
function bestVideoUrl(media: Record<string, unknown>): string | null {
  let best: string | null = null;
  let bestRate = -1;
  for (const v of asArray(asObject(media.video_info)?.variants)) {
    const variant = asObject(v);
    if (!variant || variant.content_type !== 'video/mp4') continue;
    const rate = num(variant.bitrate) ?? 0;
    const url = asString(variant.url);
    if (url && rate > bestRate) {
      best = url;
      bestRate = rate;
    }
  }
  return best;
}

function mediaType(value: unknown): MediaType {
  return value === 'photo' || value === 'video' || value === 'animated_gif' ? value : 'other';
}

export function normaliseMedia(value: unknown): MediaRecord | null {
  const m = asObject(value);
  if (!m) return null;
  const type = mediaType(m.type);
  const url = asString(m.media_url_https) ?? asString(m.media_url);
  const fileUrl = type === 'video' || type === 'animated_gif' ? (bestVideoUrl(m) ?? url) : url;
  return {
    mediaId: asId(m.id_str) ?? asId(m.id),
    type,
    url,
    expandedUrl: asString(m.expanded_url),
    fileName: basename(fileUrl),
    sourceStatusId: asId(m.source_status_id_str) ?? null,
  };
}

/** Coordinates/geo/place (shape unverified in modern archives; API v1.1 shape assumed, numbers or strings). */
export function normaliseGeo(t: Record<string, unknown>): GeoRecord | null {
  const geo: GeoRecord = {};
  const coordinates = asArray(asObject(t.coordinates)?.coordinates);
  const point = asArray(asObject(t.geo)?.coordinates);
  if (point.length === 2 && num(point[0]) !== undefined && num(point[1]) !== undefined) {
    geo.lat = num(point[0])!;
    geo.long = num(point[1])!;
  } else if (
    coordinates.length === 2 &&
    num(coordinates[0]) !== undefined &&
    num(coordinates[1]) !== undefined
  ) {
    geo.long = num(coordinates[0])!;
    geo.lat = num(coordinates[1])!;
  }
  const place = asObject(t.place);
  const placeName = asString(place?.full_name) ?? asString(place?.name);
  if (placeName) geo.placeName = placeName;
  return geo.lat !== undefined || geo.placeName !== undefined ? geo : null;
}

function strings(list: unknown, key: string): string[] {
  const out: string[] = [];
  for (const v of asArray(list)) {
    const s = asString(asObject(v)?.[key]);
    if (s) out.push(s);
  }
  return out;
}

function editInfo(
  t: Record<string, unknown>,
  tweetId: string,
): { initial: string | null; ids: string[] | null } {
  const info = asObject(t.edit_info);
  if (!info) return { initial: null, ids: null };
  const initial = asObject(info.initial);
  if (initial) {
    const ids = asArray(initial.editTweetIds)
      .map(asId)
      .filter((x): x is string => x !== null);
    return ids.length > 1 ? { initial: tweetId, ids } : { initial: null, ids: null };
  }
  const edit = asObject(info.edit);
  if (edit) {
    const ids = asArray(asObject(edit.editControlInitial)?.editTweetIds)
      .map(asId)
      .filter((x): x is string => x !== null);
    return { initial: asId(edit.initialTweetId), ids: ids.length > 0 ? ids : null };
  }
  return { initial: null, ids: null };
}

/**
 * One tweet element of tweets.js / tweet.js (wrapped or bare), community-tweet.js, deleted-tweets.js
 * or a classic monthly file. Ids always come from `id_str` (classic numeric ids lose precision).
 */
export function normaliseTweet(el: unknown): PostRecord | Skip {
  const t = unwrap(el, 'tweet');
  if (!t) return { skip: 'not an object' };
  const tweetId = asId(t.id_str) ?? (typeof t.id === 'string' ? asId(t.id) : null);
  if (!tweetId) return { skip: 'missing id' };
  const rawText = unescapeText(t.full_text) ?? unescapeText(t.text);
  if (rawText === null) return { skip: 'missing text' };
  const createdAt = parseArchiveDate(t.created_at);
  const entities = asObject(t.entities);
  const urls = strings(entities?.urls, 'expanded_url');
  const retweeted = asObject(t.retweeted_status);
  const isRepost = rawText.startsWith('RT @') || retweeted !== null;
  let quoted: string | null = null;
  for (const u of urls) {
    quoted = quotedStatusId(u);
    if (quoted) break;
  }
  const mediaList = asArray(asObject(t.extended_entities)?.media);
  const media: MediaRecord[] = [];
  for (const m of mediaList.length > 0 ? mediaList : asArray(entities?.media)) {
    const rec = normaliseMedia(m);
    if (rec) media.push(rec);
  }
  const edit = editInfo(t, tweetId);
  const sourceMatch = SOURCE_NAME.exec(asString(t.source) ?? '');
  const possiblySensitive = t.possibly_sensitive;
  const deletedAt = parseArchiveDate(t.deleted_at);
  return {
    tweetId,
    createdAt,
    dateInvalid: createdAt === null && t.created_at !== undefined,
    text: rawText,
    lang: asString(t.lang),
    source: sourceMatch ? unescapeText(sourceMatch[1]) : null,
    replyToStatusId: asId(t.in_reply_to_status_id_str) ?? asId(t.in_reply_to_status_id),
    replyToUserId: asId(t.in_reply_to_user_id_str) ?? asId(t.in_reply_to_user_id),
    replyToScreenName: asString(t.in_reply_to_screen_name),
    isRepost,
    repostOf: asString(asObject(retweeted?.user)?.screen_name) ?? REPOST.exec(rawText)?.[1] ?? null,
    isQuote: quoted !== null && !isRepost,
    quotedStatusId: isRepost ? null : quoted,
    favoriteCount: asInt(t.favorite_count),
    retweetCount: asInt(t.retweet_count),
    possiblySensitive: typeof possiblySensitive === 'boolean' ? possiblySensitive : null,
    editInitialId: edit.initial,
    editIds: edit.ids,
    geo: normaliseGeo(t),
    mentions: strings(entities?.user_mentions, 'screen_name'),
    hashtags: strings(entities?.hashtags, 'text'),
    urls,
    media,
    communityId: asId(t.community_id_str) ?? asId(t.community_id),
    deletedAt,
  };
}
