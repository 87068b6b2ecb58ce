import type { BookmarkRecord, GrokRecord, LikeRecord, NoteRecord, Skip } from '../records';
import { parseArchiveDate } from '../../parse/dates';
import { asArray, asId, asObject, asString, unescapeText, unwrap, withinDepth } from '../../parse/text';
import { DEFAULT_LIMITS } from '../../parse/limits';

/** like.js: `{"like": {tweetId, fullText?, expandedUrl?}}`. No date, no author. */
export function normaliseLike(el: unknown): LikeRecord | Skip {
  const l = unwrap(el, 'like');
  const tweetId = asId(l?.tweetId);
  if (!l || !tweetId) return { skip: 'missing tweet id' };
  return { tweetId, text: unescapeText(l.fullText), expandedUrl: asString(l.expandedUrl) };
}

/**
 * Bookmarks have never been in an archive; when a file appears, accept `{"bookmark": {tweetId, ...}}`
 * and bare objects with `tweetId`, taking a date from any of the plausible fields.
 */
export function normaliseBookmark(el: unknown): BookmarkRecord | Skip {
  const b = unwrap(el, 'bookmark', 'bookmarks');
  const tweetId = asId(b?.tweetId) ?? asId(b?.tweet_id) ?? asId(b?.id_str);
  if (!b || !tweetId) return { skip: 'missing tweet id' };
  return {
    tweetId,
    text: unescapeText(b.fullText) ?? unescapeText(b.full_text) ?? unescapeText(b.text),
    expandedUrl: asString(b.expandedUrl) ?? asString(b.url),
    addedAt: parseArchiveDate(b.addedAt) ?? parseArchiveDate(b.createdAt) ?? parseArchiveDate(b.created_at),
    collectionId: asId(b.bookmarkCollectionId),
  };
}

/** note-tweet.js: the full text of long posts, matched to tweets later by creation second. */
export function normaliseNote(el: unknown): NoteRecord | Skip {
  const n = unwrap(el, 'noteTweet');
  const noteId = asId(n?.noteTweetId);
  if (!n || !noteId) return { skip: 'missing note id' };
  const text = unescapeText(asObject(n.core)?.text);
  if (text === null) return { skip: 'missing text' };
  return { noteId, createdAt: parseArchiveDate(n.createdAt), updatedAt: parseArchiveDate(n.updatedAt), text };
}

function enumName(value: unknown): string | null {
  return asString(asObject(value)?.name) ?? asString(value);
}

/** grok-chat-item.js: one message of a Grok conversation, by the user or by Grok. */
export function normaliseGrok(el: unknown): GrokRecord | Skip {
  const g = unwrap(el, 'grokChatItem');
  if (!g) return { skip: 'not an object' };
  const text = asString(g.message);
  if (text === null) return { skip: 'missing message' };
  const attachments = asArray(g.attachments);
  if (!withinDepth(attachments, DEFAULT_LIMITS.maxDepth)) {
    return { skip: `attachments nested deeper than ${DEFAULT_LIMITS.maxDepth} levels` };
  }
  const createdAt = parseArchiveDate(g.createdAt);
  return {
    chatId: asId(g.chatId),
    createdAt,
    dateInvalid: createdAt === null && g.createdAt !== undefined,
    sender: enumName(g.sender),
    mode: enumName(g.grokMode),
    text,
    postIds: asArray(g.postIds)
      .map(asId)
      .filter((x): x is string => x !== null),
    attachments,
  };
}
