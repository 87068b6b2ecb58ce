import type { HandlerId } from '../archive/data-types';
import { isSkip, type Skip } from './records';
import type { FileTally } from './file-tally';
import type { PostWriter } from './post-writer';
import type { ContentWriter } from './content-writer';
import type { AccountWriter, RelationKind } from './account-writer';
import type { HeldDataWriter, ListKind } from './held-data-writer';
import { normaliseTweet } from './normalise/tweet';
import { normaliseBookmark, normaliseGrok, normaliseLike, normaliseNote } from './normalise/content';
import { normaliseConversation } from './normalise/direct-messages';
import { conversationPieces } from './normalise/conversation-pieces';
import {
  normaliseAccount,
  normaliseAds,
  normalisePhoneNumber,
  normaliseTimeZone,
  normalisePersonalization,
  normaliseProfile,
  normaliseProtectedEvent,
  normaliseRelation,
  normaliseScreenNameChange,
} from './normalise/account';
import {
  normaliseAgeInfo,
  normaliseConnectedApp,
  normaliseCreationIp,
  normaliseDeviceToken,
  normaliseEmailChange,
  normaliseIpAudit,
  normaliseListInfo,
  normaliseNiDevice,
  normaliseSavedSearch,
} from './normalise/held-data';

export type ElementHandler = (el: unknown, tally: FileTally) => void;

export interface Writers {
  posts: PostWriter;
  content: ContentWriter;
  account: AccountWriter;
  held: HeldDataWriter;
  /** The archive owner's id, once known (profile media are named after it). */
  accountId: () => string | null;
  /** A promise to await before reading on (classification is behind), or null. */
  backpressure: () => Promise<void> | null;
}

/** Normalise, then write or count the skip. */
function via<T>(
  normalise: (el: unknown) => T | Skip,
  write: (rec: T, tally: FileTally) => void,
): ElementHandler {
  return (el, tally) => {
    const rec = normalise(el);
    if (isSkip(rec)) tally.skip(rec.skip);
    else write(rec, tally);
  };
}

const LISTS: Partial<Record<HandlerId, ListKind>> = {
  listsCreated: 'created',
  listsMember: 'member',
  listsSubscribed: 'subscribed',
};

const RELATION: Partial<Record<HandlerId, RelationKind>> = {
  followers: 'follower',
  following: 'following',
  blocks: 'block',
  mutes: 'mute',
};

/** The element handler of each data type that is analysed (classic CSV rows have their own reader). */
export function elementHandler(id: HandlerId, w: Writers): ElementHandler {
  switch (id) {
    case 'posts':
    case 'classicTweets':
    case 'classicCsv':
      return via(normaliseTweet, (r, t) => w.posts.add('post', r, t));
    case 'circlePosts':
      return via(normaliseTweet, (r, t) => w.posts.add('post', r, t, { circle: true }));
    case 'communityPosts':
      return via(normaliseTweet, (r, t) => w.posts.add('communityPost', r, t));
    case 'deletedPosts':
      return via(normaliseTweet, (r, t) => w.posts.add('deletedPost', r, t));
    case 'notes':
      return via(normaliseNote, (r, t) => w.content.addNote(r, t));
    case 'likes':
      return via(normaliseLike, (r, t) => w.content.addLike(r, t));
    case 'bookmarks':
      return via(normaliseBookmark, (r, t) => w.content.addBookmark(r, t));
    case 'grok':
      return via(normaliseGrok, (r, t) => w.content.addGrok(r, t));
    case 'directMessages':
    case 'groupDirectMessages':
      return via(normaliseConversation, (r, t) =>
        w.content.addConversation(r, id === 'groupDirectMessages', t),
      );
    case 'account':
      return via(normaliseAccount, (r, t) => w.account.addAccount(r, t));
    case 'accountTimezone':
      return via(normaliseTimeZone, (r, t) => w.account.addTimeZone(r.timeZone, t));
    case 'phoneNumber':
      return via(normalisePhoneNumber, (r, t) => w.account.addPhoneNumber(r.phone, t));
    case 'profile':
      return via(normaliseProfile, (r, t) => w.account.addProfile(r, w.accountId(), t));
    case 'screenNameChanges':
      return via(normaliseScreenNameChange, (r, t) => w.account.addScreenNameChange(r, t));
    case 'protectedHistory':
      return via(normaliseProtectedEvent, (r, t) => w.account.addProtectedEvent(r, t));
    case 'followers':
    case 'following':
    case 'blocks':
    case 'mutes': {
      const kind = RELATION[id]!;
      return via(normaliseRelation, (r, t) => w.account.addRelation(kind, r, t));
    }
    case 'personalization':
      return via(normalisePersonalization, (r, t) => w.account.addPersonalization(r, t));
    case 'adEngagements':
      return via(
        (el) => normaliseAds(el, 'engagements'),
        (r, t) => w.account.addAds('engagements', r, t),
      );
    case 'adImpressions':
      return via(
        (el) => normaliseAds(el, 'impressions'),
        (r, t) => w.account.addAds('impressions', r, t),
      );
    case 'ageInfo':
      return via(normaliseAgeInfo, (r, t) => w.held.addAge(r, t));
    case 'loginIps':
      return via(normaliseIpAudit, (r, t) => w.held.addLogin(r, t));
    case 'creationIp':
      return via(normaliseCreationIp, (r, t) => w.held.addCreationIp(r.ip, t));
    case 'deviceTokens':
      return via(normaliseDeviceToken, (r, t) => w.held.addDevice(r, t));
    case 'niDevices':
      return via(normaliseNiDevice, (r, t) => w.held.addDevice(r, t));
    case 'connectedApps':
      return via(normaliseConnectedApp, (r, t) => w.held.addConnectedApp(r, t));
    case 'emailChanges':
      return via(normaliseEmailChange, (r, t) => w.held.addEmailChange(r, t));
    case 'savedSearches':
      return via(normaliseSavedSearch, (r, t) => w.held.addSavedSearch(r.query, t));
    case 'listsCreated':
    case 'listsMember':
    case 'listsSubscribed': {
      const kind = LISTS[id]!;
      return via(normaliseListInfo, (r, t) => w.held.addLists(kind, r, t));
    }
  }
}

export type LargeElementHandler = (bytes: Buffer, start: number, end: number, tally: FileTally) => void;

/**
 * How a data type reads an element too large to parse whole, or null when it cannot. Only DM
 * conversations grow that large (every message with one person, in one element): they are read
 * in pieces of messages, written as one conversation.
 */
export function largeElementHandler(id: HandlerId, w: Writers): LargeElementHandler | null {
  if (id !== 'directMessages' && id !== 'groupDirectMessages') return null;
  const isGroup = id === 'groupDirectMessages';
  return (bytes, start, end, tally) => {
    let first = true;
    for (const piece of conversationPieces(bytes, start, end)) {
      const rec = normaliseConversation(piece);
      if (isSkip(rec)) {
        // The conversation's own fields are in every piece: one skip stands for all of it.
        tally.skip(rec.skip);
        return;
      }
      w.content.addConversation(rec, isGroup, tally, { continued: !first });
      first = false;
    }
  };
}
