/** What the importer does with each data type (manifest `dataTypes` key). */
export const HANDLERS = [
  'account',
  'phoneNumber',
  'accountTimezone',
  'profile',
  'screenNameChanges',
  'protectedHistory',
  // X's record of the account's languages chooses the word lists for text without a language tag
  // (likes, messages, bookmarks): it is read before the first item is classified.
  'personalization',
  'notes',
  'circlePosts',
  'posts',
  'classicTweets',
  'classicCsv',
  'communityPosts',
  'deletedPosts',
  'likes',
  'bookmarks',
  'grok',
  'directMessages',
  'groupDirectMessages',
  'followers',
  'following',
  'blocks',
  'mutes',
  'adEngagements',
  'adImpressions',
  'ageInfo',
  'loginIps',
  'creationIp',
  'deviceTokens',
  'niDevices',
  'connectedApps',
  'emailChanges',
  'savedSearches',
  'listsCreated',
  'listsMember',
  'listsSubscribed',
] as const;
export type HandlerId = (typeof HANDLERS)[number];

/**
 * Manifest key to handler. Account-level files come first in HANDLERS because the exposure of each
 * item depends on them (protected history), and notes before posts so long posts can be matched.
 * Circle posts come before the other posts, so a Circle post the tweets file repeats keeps its audience.
 */
export const HANDLER_BY_TYPE: Readonly<Record<string, HandlerId>> = {
  account: 'account',
  phoneNumber: 'phoneNumber',
  accountTimezone: 'accountTimezone',
  profile: 'profile',
  screenNameChange: 'screenNameChanges',
  protectedHistory: 'protectedHistory',
  noteTweet: 'notes',
  tweet: 'posts',
  tweets: 'posts',
  communityTweet: 'communityPosts',
  deletedTweets: 'deletedPosts',
  like: 'likes',
  bookmark: 'bookmarks',
  bookmarks: 'bookmarks',
  grokChatItem: 'grok',
  directMessages: 'directMessages',
  directMessagesGroup: 'groupDirectMessages',
  follower: 'followers',
  following: 'following',
  block: 'blocks',
  mute: 'mutes',
  personalization: 'personalization',
  adEngagements: 'adEngagements',
  adImpressions: 'adImpressions',
  ageinfo: 'ageInfo',
  ipAudit: 'loginIps',
  accountCreationIp: 'creationIp',
  deviceToken: 'deviceTokens',
  niDevices: 'niDevices',
  connectedApplication: 'connectedApps',
  emailAddressChange: 'emailChanges',
  savedSearch: 'savedSearches',
  listsCreated: 'listsCreated',
  listsMember: 'listsMember',
  listsSubscribed: 'listsSubscribed',
  twitterCircleTweet: 'circlePosts',
};

export function handlerRank(handler: HandlerId | null): number {
  return handler === null ? HANDLERS.length : HANDLERS.indexOf(handler);
}

/** `direct-messages-group-part2.js` -> `directMessagesGroup`, the manifest's key for it. */
export function typeFromFileName(fileName: string): string {
  const base = fileName
    .slice(fileName.lastIndexOf('/') + 1)
    .replace(/\.js$/, '')
    .replace(/-part\d+$/, '');
  return base.replace(/[-_]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Part number from `YTD.tweets.part2` or `tweets-part2.js`; 0 when none. */
export function partNumber(fileName: string, globalName: string | null): number {
  const m = /part(\d+)$/.exec(globalName ?? '') ?? /-part(\d+)\.js$/.exec(fileName);
  return m ? Number(m[1]) : 0;
}
