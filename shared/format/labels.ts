/**
 * Plain-word labels for the model's enums: one wording for the app's views, the printed report and the
 * command line. Nothing here is a field name; every label is what a person reads.
 */
import type { StepStatus } from '../checklist/types';
import type { Channel, Flag, ItemKind, Level, PostType, Visibility } from '../model/kinds';
import type { ImportStep } from '../model/progress';
import type { Counts, FileStatus } from '../model/summary';

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

/** One sentence per channel; the wording lives with the facts it rests on. */
export { CHANNEL_DESCRIPTIONS } from '../report/channel-basis';

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  public: 'Public',
  protected: 'Protected',
  assumedPublic: 'Public (assumed)',
  private: 'Private',
  circle: 'Circle only',
};

export const FILE_STATUS_LABELS: Record<FileStatus, string> = {
  imported: 'Imported',
  empty: 'Empty',
  missing: 'Missing',
  unknown: 'Not read',
  error: 'Error',
};

/** What each status means, used when the engine gave no message of its own. */
export const FILE_STATUS_MEANINGS: Record<FileStatus, string> = {
  imported: 'Read in full.',
  empty: 'The file is in the archive but holds no records.',
  missing: 'The archive’s index lists this file, but it is not in the archive.',
  unknown: 'A kind of data this app does not read yet. It was counted, not imported.',
  error: 'The file could not be read; the rest of the archive was imported.',
};

export const IMPORT_STEP_LABELS: Record<ImportStep, string> = {
  opening: 'Opening the archive',
  planning: 'Finding the data files',
  reading: 'Reading your data',
  classifying: 'Working out what is exposed',
  indexing: 'Building the search index',
  finishing: 'Finishing',
};
