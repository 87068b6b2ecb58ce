import { useState } from 'react';
import type { ConversationSummary } from '../../../../shared/model/items';
import { conversationLabel } from '../../../../shared/format/conversations';
import { formatCount } from '../../../../shared/format/numbers';
import { toggleIn } from '../../stores/browse-filters';
import { useBrowse } from '../../stores/browse-store';
import { FILTER_LEGENDS } from './active-filters';

/** Conversations listed before "Show all". */
const FIRST_SHOWN = 8;

/** Its messages under the other filters when they narrow them (own keys only: ids come from the archive). */
function countOf(c: ConversationSummary, narrowed: Record<string, number> | null): number {
  if (!narrowed) return c.messages;
  return Object.hasOwn(narrowed, c.id) ? narrowed[c.id]! : 0;
}

/**
 * The direct-message conversations, longest first, each with its message count under the other
 * filters (as the kind counts are): ticking one lists only its messages. Shown when the archive has conversations and the kinds chosen include DMs.
 */
export function ConversationFilter() {
  const conversations = useBrowse((s) => s.conversations);
  const narrowed = useBrowse((s) => s.conversationCounts);
  const chosen = useBrowse((s) => s.filters.conversations);
  const kinds = useBrowse((s) => s.filters.kinds);
  const setFilters = useBrowse((s) => s.setFilters);
  const [showAll, setShowAll] = useState(false);
  if (conversations.length === 0) return null;
  if (kinds.length > 0 && !kinds.includes('directMessage') && chosen.length === 0) return null;
  const order = conversations.map((c) => c.id);
  // Ticked ones stay in view even past the first few.
  const shown = showAll
    ? conversations
    : conversations.filter((c, i) => i < FIRST_SHOWN || chosen.includes(c.id));
  return (
    <fieldset className="filter-group">
      <legend>{FILTER_LEGENDS.conversations}</legend>
      {shown.map((c) => (
        <label key={c.id} className="checkbox">
          <input
            type="checkbox"
            checked={chosen.includes(c.id)}
            onChange={() => setFilters({ conversations: toggleIn(chosen, c.id, order) })}
          />
          <span className="filter-label">{conversationLabel(c)}</span>
          <span className="filter-count">{formatCount(countOf(c, narrowed))}</span>
        </label>
      ))}
      {conversations.length > shown.length || showAll ? (
        <button type="button" className="button subtle small" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${formatCount(conversations.length)} conversations`}
        </button>
      ) : null}
    </fieldset>
  );
}
