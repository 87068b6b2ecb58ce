/**
 * Comparing two archives of the same account, downloaded at different times: what went, what came,
 * what stayed, per count of the import summary, and which items the user had listed for deletion are
 * still there and still in scope.
 */
import type { Channel, ItemKind } from './kinds';
import type { ItemRow } from './items';
import type { AccountInfo, Counts, ExposureSummary } from './summary';

export type CountKey = keyof Counts;

export interface ComparedArchive {
  archiveId: string;
  generatedAt: string | null;
  importedAt: string;
  counts: Counts;
  exposure: ExposureSummary;
}

/** An item of the newer archive that is on the deletion list and still reachable by a channel. */
export interface ListedItem {
  /** The item's id in the newer archive's database. */
  itemId: number;
  kind: ItemKind;
  sourceId: string;
  createdAt: string | null;
  snippet: string | null;
  channels: Channel[];
}

export interface DeletionListCheck {
  /** Entries on the account's deletion list (items exported as a deletion list). */
  listed: number;
  /** Listed items still in the newer archive, in scope of at least one channel or not. */
  stillPresent: number;
  /** Of these, the ones in scope of at least one channel. */
  stillInScope: number;
  byKind: Partial<Record<ItemKind, number>>;
  /** Listed items the newer archive no longer has under the same kind. */
  gone: number;
  /** The first in-scope items, newest first. */
  sample: ListedItem[];
}

/** Items of the older archive the newer one no longer has (posts, likes, Grok messages, DMs...). */
export interface RemovedItems {
  total: number;
  /** The newest first, at most a few hundred; rows of the older archive (DM text hidden). */
  sample: ItemRow[];
}

/** Per count key: post ids, like ids, DM ids, account ids of followers...; Grok messages as `chat@date`. */
export type IdLists = Record<CountKey, string[]>;

export interface ArchiveComparison {
  account: AccountInfo;
  older: ComparedArchive;
  newer: ComparedArchive;
  /**
   * In the older archive, not in the newer. Counted over the older archive's rows, so
   * removed + kept = the older count and added + kept = the newer count (keys are unique per table).
   * `bookmarks` is null unless both archives have bookmarks.
   */
  removed: Counts;
  added: Counts;
  kept: Counts;
  deletionList: DeletionListCheck;
  /** What went, item by item; absent in comparisons made before this was recorded. */
  removedItems?: RemovedItems;
  warnings: string[];
  /** Only when asked for. */
  ids?: { removed: IdLists; added: IdLists; kept: IdLists };
  tookMs: number;
}
