import type { Certainty, Channel, Flag, ItemKind, Level, PostType, Visibility } from './kinds';

export type SortOrder = 'dateDesc' | 'dateAsc' | 'levelDesc';

export interface ItemQuery {
  archiveId: string;
  kinds?: ItemKind[];
  postTypes?: PostType[];
  channels?: Channel[];
  flags?: Flag[];
  levels?: Level[];
  visibilities?: Visibility[];
  /** Direct-message conversations (their ids, as `conversations` lists them): only their messages. */
  conversations?: string[];
  /** Inclusive UTC ISO dates (yyyy-mm-dd or full ISO). */
  from?: string;
  to?: string;
  /** Full-text search (FTS5), user words; the engine escapes them. */
  text?: string;
  sort?: SortOrder;
  offset?: number;
  limit?: number;
}

/** One direct-message conversation, for the Browse filter that lists a conversation's messages. */
export interface ConversationSummary {
  id: string;
  group: boolean;
  /** The other people in it (the archive owner left out). */
  people: number;
  /** The other person's handle, when the archive names that account somewhere (1:1 only). */
  handle: string | null;
  /** The other person's account number (1:1 only), for when no handle is known. */
  accountId: string | null;
  messages: number;
}

/** One row of the Browse list: small, so a page of 200 crosses the bridge quickly. */
export interface ItemRow {
  id: number;
  kind: ItemKind;
  postTypes: PostType[];
  createdAt: string | null;
  /** Plain text, HTML entities already unescaped; DMs come with `text: null` unless revealed. */
  snippet: string | null;
  channels: Channel[];
  flags: Flag[];
  level: Level;
  visibility: Visibility;
  /** Character ranges of search matches in `snippet`, for highlighting (never HTML). */
  matches?: Array<[number, number]>;
}

export interface ItemPage {
  rows: ItemRow[];
  total: number;
  offset: number;
  /** Counts per kind under every filter but the kind filter (what ticking each kind would list). */
  kindCounts: Partial<Record<ItemKind, number>>;
  tookMs: number;
}

export interface Reason {
  /** Short statement, e.g. "Public post after 2024-05-07". */
  text: string;
  /** Id of the policy fact the rule rests on (shared/exposure/policy-timeline). */
  factId?: string;
  certainty: Certainty;
}

export interface FlagEvidence {
  flag: Flag;
  /** The matched text or field, e.g. the phone number found. */
  evidence: string[];
  reason: string;
  /**
   * The word lists that matched, by language code ("fr"), for flags found in text. Absent on
   * evidence stored before lists were recorded.
   */
  lists?: string[];
  /** Found only through weak evidence (a bare proper name): it does not raise the level on its own. */
  weak?: boolean;
}

export interface MediaRef {
  type: 'photo' | 'video' | 'animated_gif' | 'other';
  /** Path of the media file inside the archive, when present. */
  archivePath: string | null;
  url: string | null;
}

/** One message of a Grok chat or a DM conversation, as the thread shows it. */
export interface ThreadMessage {
  id: number;
  /** Grok's answer in a chat; in a DM, a message the other side sent. */
  fromGrok: boolean;
  /** In a DM: the sender's account number, or null for the archive's owner. */
  from?: string | null;
  createdAt: string | null;
  text: string | null;
}

/** Where an item sits: the Grok chat it belongs to, or the direct-message conversation. */
export type ItemContext =
  | {
      kind: 'grokChat';
      /** The chat's messages in order (at most a few dozen around this one). */
      messages: ThreadMessage[];
      total: number;
    }
  | {
      kind: 'conversation';
      group: boolean;
      /** The group's name when it has one. */
      name: string | null;
      /** Account numbers of the other people in it (the archive gives no names). */
      others: string[];
      messages: number;
      /** The conversation in order around this message (at most a few dozen); text only once revealed. */
      thread: ThreadMessage[];
    };

export interface ItemDetail extends ItemRow {
  text: string | null;
  sourceId: string;
  url: string | null;
  author: string | null;
  deletedAt: string | null;
  publicSinceCutoff: boolean | null;
  channelReasons: Record<Channel, { inScope: boolean; reasons: Reason[] }>;
  flagEvidence: FlagEvidence[];
  levelReason: string;
  media: MediaRef[];
  extra: Record<string, string | number | boolean | null>;
  /** The addresses the item's links lead to (a t.co link's expanded address, from the archive). */
  links?: string[];
  context?: ItemContext;
}
