/**
 * Plain names for the archive's data types this version does not analyse (manifest keys, from
 * docs/x-archive-format.md §5), so a person reads "Your address book", not a file name. Types not
 * listed get a neutral description.
 */
export const DATA_TYPE_LABELS: Readonly<Record<string, string>> = {
  accountLabel: 'Labels on your account',
  accountSuspension: 'Suspensions of your account',
  adFreeArticleVisits: 'Articles read without ads',
  adMobileConversionsAttributed: 'App installs and actions X tied to ads you saw',
  adMobileConversionsUnattributed: 'App installs and actions advertisers reported to X',
  adOnlineConversionsAttributed: 'Website visits and purchases X tied to ads you saw',
  adOnlineConversionsUnattributed: 'Website visits and purchases advertisers reported to X',
  adsRevenueSharing: 'Payouts from X’s ad revenue sharing',
  app: 'Apps on your phone X knows about',
  article: 'Articles you wrote',
  articleMetadata: 'Details of articles you wrote',
  audioVideoCallsInDm: 'Audio and video calls in direct messages',
  audioVideoCallsInDmRecipientSessions: 'Calls you received in direct messages',
  birdwatchNote: 'Community Notes you wrote',
  birdwatchNoteRating: 'Community Notes you rated',
  branchLinks: 'Links you opened that brought you to X',
  communityNote: 'Community Notes you wrote',
  communityNoteRating: 'Community Notes you rated',
  communityNoteTombstone: 'Community Notes you deleted',
  contact: 'Your address book, if you uploaded it',
  deletedNoteTweet: 'Long posts you deleted recently',
  deletedTweetHeaders: 'Dates of posts you deleted recently',
  directMessageGroupHeaders: 'Dates and senders of group messages',
  directMessageHeaders: 'Dates and senders of direct messages',
  directMessageMute: 'Conversations you muted',
  expandedProfile: 'Extra profile details',
  fleet: 'Fleets (disappearing posts)',
  keyRegistry: 'Devices registered for encrypted messages',
  messageEvent: 'Message events',
  moment: 'Moments you made',
  professionalData: 'Your professional account details',
  replyPrompt: 'Reply prompts X showed you',
  smartblock: 'Accounts X blocked for you automatically',
  spacesMetadata: 'Spaces you hosted or joined',
  sso: 'Sign-ins with other accounts (Google, Apple)',
  tweetHeaders: 'Dates of your posts (a copy of what your posts already show)',
  tweetdeck: 'Your TweetDeck columns',
  twitterCircle: 'Your Circle',
  twitterCircleMember: 'People in your Circle',
  userLinkClicks: 'Links you clicked',
  verified: 'Whether your account is verified',
  verifiedOrganization: 'Verified organisation details',
};

/** A data type's plain name. */
export function dataTypeLabel(type: string): string {
  return (
    DATA_TYPE_LABELS[type] ?? (type.startsWith('periscope') ? 'Periscope broadcasts' : 'Other data X keeps')
  );
}
