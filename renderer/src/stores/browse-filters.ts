/** The Browse filters, and how they become an `ItemQuery` for the engine. */
import type { Channel, Flag, ItemKind, Level, PostType, Visibility } from '../../../shared/model/kinds';
import type { ItemQuery, SortOrder } from '../../../shared/model/items';

export interface BrowseFilters {
  kinds: ItemKind[];
  postTypes: PostType[];
  channels: Channel[];
  flags: Flag[];
  levels: Level[];
  visibilities: Visibility[];
  /** Direct-message conversations (their ids): only their messages. */
  conversations: string[];
  /** yyyy-mm-dd or '' for no bound. */
  from: string;
  to: string;
  text: string;
  sort: SortOrder;
}

export const DEFAULT_FILTERS: BrowseFilters = {
  kinds: [],
  postTypes: [],
  channels: [],
  flags: [],
  levels: [],
  visibilities: [],
  conversations: [],
  from: '',
  to: '',
  text: '',
  sort: 'dateDesc',
};

export const PAGE_SIZE = 200;

/** Empty lists and empty strings mean "no filter" and are left out of the query. */
export function toItemQuery(
  archiveId: string,
  f: BrowseFilters,
  offset: number,
  limit = PAGE_SIZE,
): ItemQuery {
  const q: ItemQuery = { archiveId, sort: f.sort, offset, limit };
  if (f.kinds.length) q.kinds = f.kinds;
  if (f.postTypes.length) q.postTypes = f.postTypes;
  if (f.channels.length) q.channels = f.channels;
  if (f.flags.length) q.flags = f.flags;
  if (f.levels.length) q.levels = f.levels;
  if (f.visibilities.length) q.visibilities = f.visibilities;
  if (f.conversations.length) q.conversations = f.conversations;
  if (f.from) q.from = f.from;
  if (f.to) q.to = f.to;
  const text = f.text.trim();
  if (text) q.text = text;
  return q;
}

/** Names the filters that differ, e.g. "kinds+text", for the performance measurements. */
export function describeChange(prev: BrowseFilters, next: BrowseFilters): string {
  const changed = (Object.keys(next) as Array<keyof BrowseFilters>).filter(
    (key) => JSON.stringify(prev[key]) !== JSON.stringify(next[key]),
  );
  return changed.length ? changed.join('+') : 'reload';
}

export function activeFilterCount(f: BrowseFilters): number {
  return (
    f.kinds.length +
    f.postTypes.length +
    f.channels.length +
    f.flags.length +
    f.levels.length +
    f.visibilities.length +
    f.conversations.length +
    (f.from ? 1 : 0) +
    (f.to ? 1 : 0) +
    (f.text.trim() ? 1 : 0)
  );
}

/** Adds the value when absent, removes it when present, keeping the canonical order. */
export function toggleIn<T>(list: T[], value: T, order: readonly T[]): T[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return order.filter((v) => next.includes(v));
}
