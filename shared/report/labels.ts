/**
 * Plain-word labels for the report. Same wording as the app's views (renderer/src/format/labels.ts);
 * kept here because shared/ cannot import from the renderer.
 */
import type { StepStatus } from '../checklist/types';
import type { Channel, Flag, ItemKind, Level, PostType } from '../model/kinds';
import type { Counts } from '../model/summary';

export const KIND_PLURALS: Record<ItemKind, string> = {
  post: 'Posts',
  communityPost: 'Community posts',
  deletedPost: 'Deleted posts',
  like: 'Likes',
  bookmark: 'Bookmarks',
  grokMessage: 'Grok messages',
  directMessage: 'Direct messages',
};

export const KIND_LABELS: Record<ItemKind, string> = {
  post: 'Post',
  communityPost: 'Community post',
  deletedPost: 'Deleted post',
  like: 'Like',
  bookmark: 'Bookmark',
  grokMessage: 'Grok message',
  directMessage: 'Direct message',
};

export const POST_TYPE_LABELS: Record<PostType, string> = {
  original: 'Original',
  reply: 'Reply',
  quote: 'Quote',
  repost: 'Repost',
  long: 'Long post',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  thirdParty: 'Third-party AI',
  grokTraining: 'Grok / xAI training',
  openWeb: 'Open web',
};

export const FLAG_LABELS: Record<Flag, string> = {
  contact: 'Contact details',
  location: 'Location',
  media: 'Photos & videos',
  health: 'Health',
  religion: 'Religion',
  politics: 'Politics',
  sexuality: 'Sexuality',
  ethnicity: 'Ethnicity',
  union: 'Trade union',
  finance: 'Financial',
  emotional: 'Emotional',
  family: 'Family',
  otherPeople: 'Other people',
};

export const LEVEL_LABELS: Record<Level, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export const STATUS_LABELS: Record<StepStatus, string> = {
  todo: 'To do',
  done: 'Done',
  skipped: 'Skipped',
  notApplicable: 'Not applicable',
};

/** The import summary's counts, in reading order (the CLI's compare table and the Compare view). */
export const COUNT_LABELS: Record<keyof Counts, string> = {
  posts: 'Posts (all)',
  replies: 'Replies',
  quotes: 'Quotes',
  reposts: 'Reposts',
  longPosts: 'Long posts',
  communityPosts: 'Community posts',
  deletedPosts: 'Deleted posts',
  likes: 'Likes',
  bookmarks: 'Bookmarks',
  grokMessages: 'Grok messages',
  directMessages: 'Direct messages',
  followers: 'Followers',
  following: 'Accounts you follow',
  blocks: 'Blocked accounts',
  mutes: 'Muted accounts',
};
