/** Normalised records: what the normalisers produce from archive elements and the writer stores. */

export type MediaType = 'photo' | 'video' | 'animated_gif' | 'other';

export interface MediaRecord {
  mediaId: string | null;
  type: MediaType;
  url: string | null;
  expandedUrl: string | null;
  /** Basename X uses for the file in the media folder (prefixed there with the owning id). */
  fileName: string | null;
  sourceStatusId: string | null;
}

export interface GeoRecord {
  lat?: number;
  long?: number;
  placeName?: string;
}

export interface PostRecord {
  tweetId: string;
  createdAt: string | null;
  /** True when a date was present but not in a known format. */
  dateInvalid: boolean;
  text: string;
  lang: string | null;
  source: string | null;
  replyToStatusId: string | null;
  replyToUserId: string | null;
  replyToScreenName: string | null;
  isRepost: boolean;
  repostOf: string | null;
  isQuote: boolean;
  quotedStatusId: string | null;
  favoriteCount: number | null;
  retweetCount: number | null;
  possiblySensitive: boolean | null;
  editInitialId: string | null;
  editIds: string[] | null;
  geo: GeoRecord | null;
  mentions: string[];
  hashtags: string[];
  urls: string[];
  media: MediaRecord[];
  communityId: string | null;
  deletedAt: string | null;
}

export interface NoteRecord {
  noteId: string;
  createdAt: string | null;
  updatedAt: string | null;
  text: string;
}

export interface LikeRecord {
  tweetId: string;
  text: string | null;
  expandedUrl: string | null;
}

export interface BookmarkRecord {
  tweetId: string;
  text: string | null;
  expandedUrl: string | null;
  addedAt: string | null;
  collectionId: string | null;
}

export interface GrokRecord {
  chatId: string | null;
  createdAt: string | null;
  dateInvalid: boolean;
  sender: string | null;
  mode: string | null;
  text: string;
  postIds: string[];
  attachments: unknown[];
}

export interface DmMessageRecord {
  messageId: string;
  createdAt: string | null;
  dateInvalid: boolean;
  senderId: string | null;
  recipientId: string | null;
  text: string;
  urls: string[];
  mediaUrls: string[];
  reactions: number;
}

export interface DmConversationRecord {
  conversationId: string;
  name: string | null;
  participants: string[];
  messages: DmMessageRecord[];
  events: number;
  skippedMessages: number;
}

/** A skipped element and why, in words ("missing id"). */
export interface Skip {
  skip: string;
}

export function isSkip<T>(value: T | Skip): value is Skip {
  return typeof value === 'object' && value !== null && 'skip' in value;
}
