/**
 * What each kind of data file in an X archive holds, in words. The archive names its data types in
 * camelCase (`deletedTweets`, `directMessagesGroup`, `ipAudit`); a person reads "Deleted posts".
 * Types without a label are named from their words ("periscopeBroadcastMetadata" -> "periscope
 * broadcast metadata").
 */
const LABELS: Readonly<Record<string, string>> = {
  account: 'Account details',
  phoneNumber: 'Phone number',
  accountTimezone: 'Time zone',
  profile: 'Profile',
  screenNameChange: 'Changes of your @name',
  protectedHistory: 'When your posts were protected',
  noteTweet: 'Long posts',
  tweet: 'Posts',
  tweets: 'Posts',
  tweetsCsv: 'Posts (old spreadsheet format)',
  communityTweet: 'Community posts',
  deletedTweets: 'Deleted posts',
  like: 'Likes',
  bookmark: 'Bookmarks',
  bookmarks: 'Bookmarks',
  grokChatItem: 'Grok chats',
  directMessages: 'Direct messages',
  directMessagesGroup: 'Group direct messages',
  directMessageHeaders: 'Direct message headers',
  directMessageGroupHeaders: 'Group direct message headers',
  follower: 'Followers',
  following: 'Accounts you follow',
  block: 'Blocked accounts',
  mute: 'Muted accounts',
  personalization: 'Interests X inferred about you',
  adEngagements: 'Ads you engaged with',
  adImpressions: 'Ads you were shown',
  ageinfo: 'Your age as X estimates it',
  ipAudit: 'Login addresses',
  deviceToken: 'Devices',
  connectedApplication: 'Connected apps',
  emailAddressChange: 'Changes of your e-mail address',
  savedSearch: 'Saved searches',
  listsCreated: 'Lists you made',
  listsMember: 'Lists you are on',
  listsSubscribed: 'Lists you follow',
  twitterCircle: 'Circle',
  twitterCircleMember: 'Circle members',
  twitterCircleTweet: 'Circle posts',
  verified: 'Verification',
  contact: 'Uploaded contacts',
  moment: 'Moments',
  manifest: 'Archive index',
};

/** A data type as a person reads it. */
export function dataTypeLabel(type: string): string {
  const known = LABELS[type];
  if (known) return known;
  const words = type
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_]+/g, ' ')
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Other data';
}
