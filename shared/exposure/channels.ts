/**
 * Which AI-sharing channels reach an item, and why. Each item's situation reduces to a few booleans;
 * the verdicts (with their reasons) for each situation are built once and shared, so classifying a
 * million items allocates almost nothing here.
 */
import { CHANNELS, ITEM_KINDS, type Channel, type ItemKind, type Visibility } from '../model/kinds';
import type { Reason } from '../model/items';
import { FACTS, type FactId } from './facts';
import { POLICY_DATES } from './policy-timeline';
import type { ChannelVerdict, ClassifyInput } from './types';
import { parseMs, type CompiledContext } from './context';
import { publicAnyTimeBetweenMs, visibilityAtMs } from './visibility';

const CUTOFF_MS = Date.parse(POLICY_DATES.grokWindowStart);
const LIKES_PRIVATE_MS = Date.parse(POLICY_DATES.likesPrivate);
const GROK_CONTENT_MS = Date.parse(POLICY_DATES.grokContent);

/** What the rules need to know about one item. */
export interface Situation {
  kind: ItemKind;
  /** Posts: public at some time on/after 2024-05-07 (deleted posts: before their deletion). */
  publicSinceCutoff: boolean;
  /** Account public (or assumed public) on the archive date. */
  publicAsOf: boolean;
  /** No protected history: public is an assumption. */
  assumed: boolean;
  /** Deleted posts: deleted before 2024-05-07. */
  deletedBeforeCutoff: boolean;
  /** Grok messages: created on/after 2026-01-15. */
  grokContentEra: boolean;
  /** The archive dates from before likes became private. */
  asOfBeforeLikesPrivate: boolean;
}

export interface ChannelAssessment {
  channels: readonly Channel[];
  channelReasons: Readonly<Record<Channel, ChannelVerdict>>;
}

export interface ItemTiming {
  situation: Situation;
  visibility: Visibility;
  publicSinceCutoff: boolean | null;
}

const POST_KINDS: ReadonlySet<ItemKind> = new Set<ItemKind>(['post', 'communityPost', 'deletedPost']);

export function isPostKind(kind: ItemKind): boolean {
  return POST_KINDS.has(kind);
}

/** Visibility when created, public-since-cutoff and the rest of the item's situation. */
export function itemTiming(input: ClassifyInput, c: CompiledContext): ItemTiming {
  const kind = input.kind;
  const createdMs = parseMs(input.createdAt);
  const asOfMs = c.asOfMs;
  const situation: Situation = {
    kind,
    publicSinceCutoff: false,
    publicAsOf: c.publicAsOf,
    assumed: !c.hasHistory,
    deletedBeforeCutoff: false,
    grokContentEra: kind === 'grokMessage' && createdMs >= GROK_CONTENT_MS,
    asOfBeforeLikesPrivate: asOfMs < LIKES_PRIVATE_MS,
  };
  if (isPostKind(kind)) {
    const deleted = kind === 'deletedPost';
    const deletedMs = deleted ? parseMs(input.deletedAt) : Infinity;
    // An unknown deletion date: the post was still held when the archive was made.
    const untilMs = Number.isNaN(deletedMs) ? asOfMs : deletedMs;
    const fromMs = Number.isNaN(createdMs) ? CUTOFF_MS : Math.max(createdMs, CUTOFF_MS);
    situation.publicSinceCutoff = publicAnyTimeBetweenMs(c.ranges, fromMs, untilMs);
    situation.deletedBeforeCutoff = deleted && untilMs < CUTOFF_MS;
    const visibility = visibilityAtMs(c.ranges, c.hasHistory, Number.isNaN(createdMs) ? asOfMs : createdMs);
    return { situation, visibility, publicSinceCutoff: situation.publicSinceCutoff };
  }
  let visibility: Visibility = 'private';
  if (kind === 'like' && createdMs < LIKES_PRIVATE_MS)
    visibility = visibilityAtMs(c.ranges, c.hasHistory, createdMs);
  return { situation, visibility, publicSinceCutoff: null };
}

function reason(factId: FactId, text: string, certainty = FACTS[factId].certainty): Reason {
  return Object.freeze({ text, factId, certainty });
}

const R = {
  thirdParty: reason(
    'thirdPartyClause',
    'Since 15 Nov 2024 X may share "your information" with third-party collaborators who may train AI on it unless you opt out; the clause names no data categories.',
  ),
  thirdPartyDm: reason(
    'thirdPartyDirectMessages',
    'Uncertain: the clause does not expressly exclude direct messages, but X never said it shares them.',
  ),
  thirdPartyDeleted: reason(
    'thirdPartyDeletedPosts',
    'Uncertain: X still held this deleted post when the archive was made; whether retained posts can be shared is unknown.',
  ),
  thirdPartyProtected: reason(
    'thirdPartyProtectedPosts',
    'Uncertain: this post was protected, and whether protection keeps posts out of the clause is unknown.',
  ),
  grokPublic: reason(
    'grokPublicData',
    'Public at some time since 7 May 2024: X uses public posts to train Grok and other xAI models.',
  ),
  grokOptOut: reason(
    'grokOptOutDefaultOn',
    'The Grok training setting is on by default since 16 Jul 2024: unless you turned it off, this post is used.',
  ),
  grokProtected: reason(
    'grokProtectedExcluded',
    "Protected the whole time since 7 May 2024 (or since it was posted): X said protected accounts' posts are not used for Grok.",
  ),
  grokDeletedEarly: reason(
    'grokEuWindow',
    'Deleted before 7 May 2024, when X is known to have started using public posts for Grok.',
  ),
  grokDeleted: reason(
    'grokDeletedBeforeDeletion',
    'Uncertain: it may have been collected for Grok while it was public, before you deleted it.',
  ),
  grokDeletedProtected: reason(
    'grokProtectedExcluded',
    "Protected from 7 May 2024 until it was deleted: X said protected accounts' posts are not used for Grok.",
  ),
  grokChat: reason(
    'grokInteractions',
    'A Grok conversation: your prompts and its replies are the core of what the Grok training setting covers.',
  ),
  grokChat2026: reason(
    'tosGrokContent2026',
    'Since 15 Jan 2026 the Terms of Service count Grok prompts and outputs as your Content, licensed for AI training.',
  ),
  grokLikes: reason(
    'likesPrivate2024',
    'Likes are not public data since 12 Jun 2024, and Grok training uses public data and Grok interactions.',
  ),
  grokLikesUndated: reason(
    'likesUndated',
    'Uncertain: likes were public until 12 Jun 2024, after X began using public data for Grok on 7 May 2024; the archive gives no date for likes.',
  ),
  grokBookmarks: reason(
    'bookmarksPrivate',
    'Bookmarks are private, not public data, and Grok training uses public data and Grok interactions.',
  ),
  grokDms: reason(
    'directMessagesNotGrok',
    'Direct messages are not public data; the press reported DMs are not used for Grok.',
  ),
  ownTraining: reason(
    'ownTraining2023',
    'Uncertain: X\'s privacy policy lets it use "the information we collect" for its own AI models, which on its face includes this; X does not say it does.',
    'uncertain',
  ),
  assumedPublic: reason(
    'protectedHistoryWindow',
    'Assumed public: the archive has no protect/unprotect history (it keeps only about six months). Correct this in the settings if your account was protected.',
  ),
  community: reason(
    'communityVisibility',
    "Uncertain: whether a Community post is public depends on the Community's visibility.",
  ),
  openPublic: reason(
    'publicGeneral',
    'Public on X as of the archive date: anyone, including crawlers and other AI companies, can read it.',
  ),
  openProtected: reason(
    'protectRetroactive',
    'The account is protected as of the archive date, which hides this post from anyone but approved followers.',
  ),
  openDeleted: reason(
    'publicCopiesPersist',
    'Deleted from X; copies made while it was public may persist elsewhere.',
  ),
  openLikes: reason('likesPrivate2024', 'Likes are hidden from others since 12 Jun 2024.'),
  openLikesOld: reason(
    'likesPrivate2024',
    'The archive dates from before 12 Jun 2024, when likes were still shown on public profiles.',
  ),
  openPrivate: reason('privateByNature', 'Not shown publicly on X.'),
} as const;

function verdict(inScope: boolean, reasons: Reason[]): ChannelVerdict {
  return Object.freeze({ inScope, reasons: Object.freeze(reasons) as Reason[] });
}

function thirdPartyVerdict(s: Situation): ChannelVerdict {
  const reasons: Reason[] = [R.thirdParty];
  if (s.kind === 'directMessage') reasons.push(R.thirdPartyDm);
  if (s.kind === 'deletedPost') reasons.push(R.thirdPartyDeleted);
  if ((s.kind === 'post' || s.kind === 'communityPost') && !s.publicSinceCutoff && !s.publicAsOf) {
    reasons.push(R.thirdPartyProtected);
  }
  return verdict(true, reasons);
}

function grokVerdict(s: Situation): ChannelVerdict {
  switch (s.kind) {
    case 'post':
    case 'communityPost': {
      const reasons: Reason[] = s.publicSinceCutoff ? [R.grokPublic, R.grokOptOut] : [R.grokProtected];
      if (s.kind === 'communityPost') reasons.push(R.community);
      if (s.assumed) reasons.push(R.assumedPublic);
      return verdict(s.publicSinceCutoff, reasons);
    }
    case 'deletedPost': {
      if (s.deletedBeforeCutoff) return verdict(false, [R.grokDeletedEarly]);
      if (!s.publicSinceCutoff) return verdict(false, [R.grokDeletedProtected]);
      const reasons: Reason[] = [R.grokPublic, R.grokDeleted];
      if (s.assumed) reasons.push(R.assumedPublic);
      return verdict(true, reasons);
    }
    case 'grokMessage':
      return verdict(true, s.grokContentEra ? [R.grokChat, R.grokChat2026] : [R.grokChat]);
    case 'like':
      return verdict(false, [R.grokLikes, R.grokLikesUndated, R.ownTraining]);
    case 'bookmark':
      return verdict(false, [R.grokBookmarks, R.ownTraining]);
    case 'directMessage':
      return verdict(false, [R.grokDms]);
  }
}

function openWebVerdict(s: Situation): ChannelVerdict {
  switch (s.kind) {
    case 'post':
    case 'communityPost': {
      const reasons: Reason[] = s.publicAsOf ? [R.openPublic] : [R.openProtected];
      if (s.kind === 'communityPost') reasons.push(R.community);
      if (s.assumed) reasons.push(R.assumedPublic);
      return verdict(s.publicAsOf, reasons);
    }
    case 'deletedPost':
      return verdict(false, [R.openDeleted]);
    case 'like': {
      const inScope = s.asOfBeforeLikesPrivate && s.publicAsOf;
      return verdict(inScope, [inScope ? R.openLikesOld : R.openLikes]);
    }
    case 'bookmark':
    case 'directMessage':
    case 'grokMessage':
      return verdict(false, [R.openPrivate]);
  }
}

const KIND_INDEX = new Map<ItemKind, number>(ITEM_KINDS.map((k, i) => [k, i]));

function situationKey(s: Situation): number {
  return (
    (KIND_INDEX.get(s.kind) ?? 0) |
    (+s.publicSinceCutoff << 3) |
    (+s.publicAsOf << 4) |
    (+s.assumed << 5) |
    (+s.deletedBeforeCutoff << 6) |
    (+s.grokContentEra << 7) |
    (+s.asOfBeforeLikesPrivate << 8)
  );
}

const memo = new Map<number, ChannelAssessment>();

/** The channel verdicts for a situation. The returned objects are shared and frozen: do not mutate. */
export function assessChannels(s: Situation): ChannelAssessment {
  const key = situationKey(s);
  const known = memo.get(key);
  if (known) return known;
  const channelReasons: Record<Channel, ChannelVerdict> = {
    thirdParty: thirdPartyVerdict(s),
    grokTraining: grokVerdict(s),
    openWeb: openWebVerdict(s),
  };
  const assessment: ChannelAssessment = Object.freeze({
    channels: Object.freeze(CHANNELS.filter((ch) => channelReasons[ch].inScope)),
    channelReasons: Object.freeze(channelReasons),
  });
  memo.set(key, assessment);
  return assessment;
}
