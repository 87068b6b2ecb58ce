/** The kinds of item the app lists. Post subtypes (reply, quote, repost, long) are flags on a post. */
export const ITEM_KINDS = [
  'post',
  'communityPost',
  'deletedPost',
  'like',
  'bookmark',
  'grokMessage',
  'directMessage',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const POST_TYPES = ['original', 'reply', 'quote', 'repost', 'long'] as const;
export type PostType = (typeof POST_TYPES)[number];

export const CHANNELS = ['thirdParty', 'grokTraining', 'openWeb'] as const;
export type Channel = (typeof CHANNELS)[number];

export const FLAGS = [
  'contact',
  'location',
  'media',
  'health',
  'religion',
  'politics',
  'sexuality',
  'ethnicity',
  'union',
  'finance',
  'emotional',
  'family',
  'otherPeople',
] as const;
export type Flag = (typeof FLAGS)[number];

export const LEVELS = ['high', 'medium', 'low'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * How visible an item was when it was created. `private` is data that is never public (likes since
 * 2024-06-12, DMs, bookmarks, Grok chats); `circle` is a post shared with a Twitter Circle, a chosen
 * audience (2022-2023).
 */
export const VISIBILITIES = ['public', 'protected', 'assumedPublic', 'private', 'circle'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export type Certainty = 'certain' | 'uncertain';
