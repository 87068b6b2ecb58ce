import type { PostRecord, Skip } from '../records';
import { parseArchiveDate } from '../../parse/dates';
import { unescapeText } from '../../parse/text';
import { quotedStatusId } from './tweet';

const REPOST = /^RT @([A-Za-z0-9_]+)/;
const SOURCE_NAME = /<a[^>]*>([^<]*)<\/a>/;

function cell(row: Record<string, string | undefined>, key: string): string | null {
  const v = row[key];
  return v === undefined || v === '' ? null : v;
}

/** One row of a classic archive's tweets.csv (header row keys). */
export function normaliseCsvTweet(row: Record<string, string | undefined>): PostRecord | Skip {
  const tweetId = cell(row, 'tweet_id');
  if (!tweetId || !/^\d+$/.test(tweetId)) return { skip: 'missing id' };
  const text = unescapeText(row.text ?? '') ?? '';
  const timestamp = cell(row, 'timestamp');
  const createdAt = parseArchiveDate(timestamp);
  const urls = (cell(row, 'expanded_urls') ?? '').split(',').filter((u) => u.length > 0);
  const retweetedId = cell(row, 'retweeted_status_id');
  const isRepost = text.startsWith('RT @') || retweetedId !== null;
  let quoted: string | null = null;
  for (const u of urls) {
    quoted = quotedStatusId(u);
    if (quoted && quoted !== tweetId) break;
    quoted = null;
  }
  const source = SOURCE_NAME.exec(cell(row, 'source') ?? '');
  return {
    tweetId,
    createdAt,
    dateInvalid: createdAt === null && timestamp !== null,
    text,
    lang: null,
    source: source ? unescapeText(source[1]) : null,
    replyToStatusId: cell(row, 'in_reply_to_status_id'),
    replyToUserId: cell(row, 'in_reply_to_user_id'),
    replyToScreenName: null,
    isRepost,
    repostOf: REPOST.exec(text)?.[1] ?? null,
    isQuote: quoted !== null && !isRepost,
    quotedStatusId: isRepost ? null : quoted,
    favoriteCount: null,
    retweetCount: null,
    possiblySensitive: null,
    editInitialId: null,
    editIds: null,
    geo: null,
    mentions: [...text.matchAll(/(?:^|[^A-Za-z0-9_])@([A-Za-z0-9_]{1,15})/g)].map((m) => m[1]!),
    hashtags: [],
    urls,
    media: [],
    communityId: null,
    deletedAt: null,
  };
}
