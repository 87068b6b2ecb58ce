/** The Browse filters in force, one plain phrase each: what the active-filter chips show and remove. */
import type { ConversationSummary } from '../../../../shared/model/items';
import {
  CHANNEL_LABELS,
  FLAG_LABELS,
  KIND_PLURALS,
  LEVEL_LABELS,
  POST_TYPE_LABELS,
  VISIBILITY_LABELS,
} from '../../../../shared/format/labels';
import { conversationLabel } from '../../../../shared/format/conversations';
import { formatDate } from '../../../../shared/format/dates';
import type { BrowseFilters } from '../../stores/browse-filters';

/** The headings of the filter groups, shared by the filter panel and the chips. */
export const FILTER_LEGENDS = {
  kinds: 'Kind',
  conversations: 'Conversations',
  postTypes: 'Post type',
  channels: 'Reaches AI through',
  flags: 'Reveals',
  levels: 'Level',
  visibilities: 'Visibility when written',
  dates: 'Date',
} as const;

export interface ActiveFilter {
  /** Unique among the active filters. */
  id: string;
  /** What the chip reads, e.g. "Level: High". */
  text: string;
  /** The change that takes this one filter off. */
  without: Partial<BrowseFilters>;
}

type ListKey = 'kinds' | 'postTypes' | 'channels' | 'flags' | 'levels' | 'visibilities';

const LIST_LABELS: Record<ListKey, Record<string, string>> = {
  kinds: KIND_PLURALS,
  postTypes: POST_TYPE_LABELS,
  channels: CHANNEL_LABELS,
  flags: FLAG_LABELS,
  levels: LEVEL_LABELS,
  visibilities: VISIBILITY_LABELS,
};

const LIST_ORDER: ListKey[] = ['kinds', 'postTypes', 'channels', 'flags', 'levels', 'visibilities'];

/**
 * Every filter that narrows the list, in the filter panel's order. The search words are left out: the
 * search box shows them beside the list at every width.
 */
export function activeFilters(filters: BrowseFilters, conversations: ConversationSummary[]): ActiveFilter[] {
  const out: ActiveFilter[] = [];
  for (const key of LIST_ORDER) {
    const list = filters[key] as string[];
    for (const value of list)
      out.push({
        id: `${key}:${value}`,
        text: `${FILTER_LEGENDS[key]}: ${LIST_LABELS[key][value] ?? value}`,
        without: { [key]: list.filter((v) => v !== value) },
      });
    if (key === 'kinds') {
      for (const id of filters.conversations) {
        const conversation = conversations.find((c) => c.id === id);
        out.push({
          id: `conversations:${id}`,
          text: conversation ? conversationLabel(conversation) : 'One conversation',
          without: { conversations: filters.conversations.filter((c) => c !== id) },
        });
      }
    }
  }
  if (filters.from) out.push({ id: 'from', text: `From ${formatDate(filters.from)}`, without: { from: '' } });
  if (filters.to) out.push({ id: 'to', text: `Until ${formatDate(filters.to)}`, without: { to: '' } });
  return out;
}
