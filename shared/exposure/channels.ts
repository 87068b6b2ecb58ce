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
import { isProtectedAtMs, publicAnyTimeBetweenMs, visibilityAtMs } from './visibility';

const OWN_TRAINING_MS = Date.parse(POLICY_DATES.ownTraining);
const CUTOFF_MS = Date.parse(POLICY_DATES.grokWindowStart);
const LIKES_PRIVATE_MS = Date.parse(POLICY_DATES.likesPrivate);
const GROK_CONTENT_MS = Date.parse(POLICY_DATES.grokContent);

/** What the rules need to know about one item. */
export interface Situation {
  kind: ItemKind;
  /** Posts: public at some time on/after 2024-05-07 (deleted posts: before their deletion). */
  publicSinceCutoff: boolean;
  /**
   * Posts not public since 2024-05-07, but public at some time from 2023-09-29 (when X's policy first
   * allowed training its own models) to 2024-05-07 (deleted posts: before their deletion).
   */
  publicBeforeCutoffOnly: boolean;
  /** Account public (or assumed public) on the archive date. */
  publicAsOf: boolean;
  /** No protected history: public is an assumption. */
  assumed: boolean;
  /** Deleted posts: deleted before 2024-05-07. */
  deletedBeforeCutoff: boolean;
  /** Deleted posts: deleted before 2023-09-29, when X's policy first allowed training its own models. */
  deletedBeforeOwnTraining: boolean;
  /** Grok messages: created on/after 2026-01-15. */
  grokContentEra: boolean;
  /** The archive dates from before likes became private. */
  asOfBeforeLikesPrivate: boolean;
  /** Posts: shared with a Twitter Circle only (a chosen audience), not with all followers. */
  circle: boolean;
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
    publicBeforeCutoffOnly: false,
    publicAsOf: c.publicAsOf,
    assumed: !c.hasHistory,
    deletedBeforeCutoff: false,
    deletedBeforeOwnTraining: false,
    grokContentEra: kind === 'grokMessage' && createdMs >= GROK_CONTENT_MS,
    asOfBeforeLikesPrivate: asOfMs < LIKES_PRIVATE_MS,
    // The archive's own Circle file, else a period the user marked as Circle-only.
    circle: kind === 'post' && (input.circle === true || isProtectedAtMs(c.circleRanges, createdMs)),
  };
  if (situation.circle) {
    // Never public: the protected history does not decide who could read it.
    return { situation, visibility: 'circle', publicSinceCutoff: false };
  }
  if (isPostKind(kind)) {
    const deleted = kind === 'deletedPost';
    const deletedMs = deleted ? parseMs(input.deletedAt) : Infinity;
    // An unknown deletion date: the post was still held when the archive was made.
    const untilMs = Number.isNaN(deletedMs) ? asOfMs : deletedMs;
    const fromMs = Number.isNaN(createdMs) ? CUTOFF_MS : Math.max(createdMs, CUTOFF_MS);
    situation.publicSinceCutoff = publicAnyTimeBetweenMs(c.ranges, fromMs, untilMs);
    if (!situation.publicSinceCutoff && !Number.isNaN(createdMs)) {
      const earlyFrom = Math.max(createdMs, OWN_TRAINING_MS);
      const earlyUntil = Math.min(untilMs, CUTOFF_MS);
      situation.publicBeforeCutoffOnly =
        earlyFrom < earlyUntil && publicAnyTimeBetweenMs(c.ranges, earlyFrom, earlyUntil);
    }
    situation.deletedBeforeCutoff = deleted && untilMs < CUTOFF_MS;
    situation.deletedBeforeOwnTraining = deleted && untilMs < OWN_TRAINING_MS;
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

/** Every reason text the rules give, each naming the fact it rests on (docs/x-policy-and-optout.md §9.1). */
export const REASONS = {
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
    'Public at some time since 7 May 2024: X may share public posts with xAI to train Grok and other xAI models.',
  ),
  grokOptOut: reason(
    'grokOptOutDefaultOn',
    'The Grok training setting is on unless you turned it off: until then, this post may be used.',
  ),
  grokEu: reason(
    'grokEuUncertain',
    'Uncertain for accounts in the EU/EEA: X undertook in 2024 to suspend this processing for EU/EEA users, and the Irish regulator’s inquiry opened in 2025 has no outcome yet.',
  ),
  grokBeforeCutoff: reason(
    'grokBeforeWindow',
    'Uncertain: public only before 7 May 2024. That date is only the start of the EU period the Irish regulator examined; X’s policy allowed training its own models from 29 Sep 2023, and whether older posts were used is unknown.',
  ),
  grokProtected: reason(
    'grokProtectedExcluded',
    "Protected the whole time since 29 Sep 2023 (or since it was posted): X said protected accounts' posts are not used for Grok.",
  ),
  grokDeletedEarly: reason(
    'grokBeforeWindow',
    'Uncertain: deleted before 7 May 2024, but that date is only the start of the EU period the Irish regulator examined. X’s policy allowed training its own models from 29 Sep 2023; whether this post was used before you deleted it is unknown.',
  ),
  grokDeletedBeforePolicy: reason(
    'ownTraining2023',
    'Deleted before 29 Sep 2023, when X’s privacy policy first allowed training its AI on what it collects.',
  ),
  grokDeleted: reason(
    'grokDeletedBeforeDeletion',
    'Uncertain: it may have been collected for Grok while it was public, before you deleted it.',
  ),
  grokDeletedProtected: reason(
    'grokProtectedExcluded',
    "Protected from 29 Sep 2023 (or from when it was posted) until it was deleted: X said protected accounts' posts are not used for Grok.",
  ),
  grokChat: reason(
    'grokInteractions',
    'A Grok conversation: your prompts and its replies are the core of what the Grok training setting covers.',
  ),
  grokChat2026: reason(
    'tosGrokContent2026',
    'Since 15 Jan 2026 the Terms of Service count Grok prompts and outputs as your Content, licensed for AI training.',
  ),
  likesRanker: reason(
    'likesRanker',
    "Your likes feed X's own recommendation models: the For You ranker xAI published in 2026 learns from your engagement history, likes included.",
  ),
  grokLikes: reason(
    'likesGrokUncertain',
    'Uncertain: whether likes are also used to train Grok. The Grok setting speaks of public data and your interactions with Grok, and likes are hidden from others since 12 Jun 2024.',
  ),
  grokLikesUndated: reason(
    'likesUndated',
    'Uncertain: likes were public until 12 Jun 2024; the archive gives no date for likes.',
  ),
  grokBookmarks: reason(
    'bookmarksPrivate',
    'Bookmarks are private, not public data, and the Grok setting speaks of public data and Grok interactions.',
  ),
  grokDms: reason(
    'directMessagesNotGrok',
    'Direct messages are not public data; the press reported they are not used for Grok.',
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
  openLikes: reason(
    'likesPrivate2024',
    'Likes are hidden from others since 12 Jun 2024, except the author of the post you liked, who can still see who liked it.',
  ),
  openLikesOld: reason(
    'likesPrivate2024',
    'The archive dates from before 12 Jun 2024, when likes were still shown on public profiles.',
  ),
  openPrivate: reason('privateByNature', 'Not shown publicly on X.'),
  thirdPartyCircle: reason(
    'thirdPartyProtectedPosts',
    'Uncertain: this post went only to your Circle, and whether a chosen audience keeps a post out of the clause is unknown.',
  ),
  grokCircle: reason(
    'circleAudience',
    'Uncertain: a Circle post went only to the people you chose, so it is not public data, which is what Grok training uses. It is not assumed public here.',
    'uncertain',
  ),
  openCircle: reason('circleAudience', 'Posted to your Circle only: not shown publicly on X.'),
  circleBug: reason(
    'circleBug2023',
    'Uncertain: a bug in April 2023 showed some Circle posts to people outside the Circle; copies of what they saw may exist.',
  ),
  openGrokChat: reason(
    'grokSharedChats',
    'Not public unless you shared the conversation by link: shared Grok conversations were indexed by search engines (about 370,000, reported in Aug 2025). The archive does not say which you shared.',
    'uncertain',
  ),
} as const;

const R = REASONS;

function verdict(inScope: boolean, reasons: Reason[]): ChannelVerdict {
  return Object.freeze({ inScope, reasons: Object.freeze(reasons) as Reason[] });
}

function thirdPartyVerdict(s: Situation): ChannelVerdict {
  const reasons: Reason[] = [R.thirdParty];
  if (s.circle) return verdict(true, [R.thirdParty, R.thirdPartyCircle]);
  if (s.kind === 'directMessage') reasons.push(R.thirdPartyDm);
  if (s.kind === 'deletedPost') reasons.push(R.thirdPartyDeleted);
  if ((s.kind === 'post' || s.kind === 'communityPost') && !s.publicSinceCutoff && !s.publicAsOf) {
    reasons.push(R.thirdPartyProtected);
  }
  return verdict(true, reasons);
}

function postGrokReasons(s: Situation): { inScope: boolean; reasons: Reason[] } {
  if (s.publicSinceCutoff) return { inScope: true, reasons: [R.grokPublic, R.grokOptOut, R.grokEu] };
  if (s.publicBeforeCutoffOnly) return { inScope: true, reasons: [R.grokBeforeCutoff] };
  return { inScope: false, reasons: [R.grokProtected] };
}

function grokVerdict(s: Situation): ChannelVerdict {
  if (s.circle) return verdict(false, [R.grokCircle, R.circleBug]);
  switch (s.kind) {
    case 'post':
    case 'communityPost': {
      const { inScope, reasons } = postGrokReasons(s);
      if (s.kind === 'communityPost') reasons.push(R.community);
      if (s.assumed) reasons.push(R.assumedPublic);
      return verdict(inScope, reasons);
    }
    case 'deletedPost': {
      if (s.publicSinceCutoff) {
        const reasons: Reason[] = [R.grokPublic, R.grokDeleted, R.grokEu];
        if (s.assumed) reasons.push(R.assumedPublic);
        return verdict(true, reasons);
      }
      if (s.publicBeforeCutoffOnly) {
        const reasons: Reason[] = [s.deletedBeforeCutoff ? R.grokDeletedEarly : R.grokBeforeCutoff];
        if (s.assumed) reasons.push(R.assumedPublic);
        return verdict(true, reasons);
      }
      if (s.deletedBeforeOwnTraining) return verdict(false, [R.grokDeletedBeforePolicy]);
      return verdict(false, [R.grokDeletedProtected]);
    }
    case 'grokMessage':
      return verdict(true, s.grokContentEra ? [R.grokChat, R.grokChat2026] : [R.grokChat]);
    case 'like':
      return verdict(false, [R.likesRanker, R.grokLikes, R.grokLikesUndated]);
    case 'bookmark':
      return verdict(false, [R.grokBookmarks, R.ownTraining]);
    case 'directMessage':
      return verdict(false, [R.grokDms]);
  }
}

function openWebVerdict(s: Situation): ChannelVerdict {
  if (s.circle) return verdict(false, [R.openCircle, R.circleBug]);
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
    case 'grokMessage':
      return verdict(false, [R.openGrokChat]);
    case 'bookmark':
    case 'directMessage':
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
    (+s.asOfBeforeLikesPrivate << 8) |
    (+s.publicBeforeCutoffOnly << 9) |
    (+s.deletedBeforeOwnTraining << 10) |
    (+s.circle << 11)
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
