/**
 * The exposure model's interface. The engine fills a ClassifyInput per item at import time (and again
 * when the user corrects the protected-history assumption) and stores the Classification.
 */
import type { Channel, Flag, ItemKind, Level, PostType, Visibility } from '../model/kinds';
import type { FlagEvidence, Reason } from '../model/items';
import type { ProtectedRange } from '../model/overview';
import type { OwnWords } from './detectors/own-words';
import type { ItemLanguages } from './language/detect';

export interface ClassifyInput {
  kind: ItemKind;
  postTypes: PostType[];
  /** UTC ISO-8601, or null when the archive has no date (likes). */
  createdAt: string | null;
  deletedAt: string | null;
  /** Plain text (already HTML-unescaped). */
  text: string | null;
  media: Array<{ type: 'photo' | 'video' | 'animated_gif' | 'other' }>;
  /** Present when the item carries coordinates/geo/place. */
  geo: { lat?: number; long?: number; placeName?: string } | null;
  /** Screen names mentioned (without @). */
  mentions: string[];
  /** The post this one replies to, if any. */
  inReplyToStatusId: string | null;
  /**
   * Whether the account owner wrote the text. Optional; false for a Grok reply or a received DM.
   * Likes and reposts count as written by someone else anyway. First-person detectors (emotional distress,
   * family named) skip text the owner did not write.
   */
  authoredBySelf?: boolean;
  /** A post shared with a Twitter Circle only (the archive's Circle file says so). */
  circle?: boolean;
  /**
   * X's language tag for the text (posts carry one: "fr", "und", "qme"), when the archive has it.
   * Without it the language is detected from the text.
   */
  lang?: string | null;
}

/** Account-level context, computed once per archive. */
export interface ClassifyContext {
  /** Periods in which the account was protected (from protected-history.js or the user's correction). */
  protectedRanges: ProtectedRange[];
  /** Whether any protected history exists; without it, public is assumed. */
  hasProtectedHistory: boolean;
  /**
   * Periods in which the user says the account's own posts went to their Twitter Circle only; used
   * only when the archive does not list its Circle posts itself.
   */
  circleRanges?: ProtectedRange[];
  /** The archive's generation date: "now" for openWeb. */
  asOf: string;
  /**
   * The country of the account's phone number (ISO 3166 code), when the archive has one: numbers
   * written the way that country writes them are recognised too (US and UK shapes always are).
   */
  phoneRegion?: string | null;
  /**
   * The languages the account uses (ISO 639-1), from X's record of them (personalization.js), with
   * those a sample of the archive's untagged text is written in (the import's, stored with it). Text
   * X gave no language to (likes, DMs, bookmarks) is checked with these lists and English, rather
   * than with every list.
   */
  languages?: string[];
  /**
   * Words and names sensitive for this person (their street, their children's names, their
   * medication), per category, that the user added: found in any language, shown as "your own list".
   */
  ownWords?: OwnWords;
}

export interface ChannelVerdict {
  inScope: boolean;
  reasons: Reason[];
}

export interface Classification {
  channels: Channel[];
  channelReasons: Record<Channel, ChannelVerdict>;
  flags: Flag[];
  flagEvidence: FlagEvidence[];
  level: Level;
  levelReason: string;
  /** Visibility when created. */
  visibility: Visibility;
  /** Public at any time since 2024-05-07 (posts); null for kinds where it does not apply. */
  publicSinceCutoff: boolean | null;
  /** The text's language and the word lists that checked it (see language/detect.ts). */
  language: ItemLanguages;
}
