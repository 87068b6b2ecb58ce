import { useBrowse } from '../../stores/browse-store';
import { useDetail } from '../../stores/detail-store';
import { activeFilters } from './active-filters';

/** Chips shown before "and N more", so the bar stays one or two lines. */
const MAX_CHIPS = 4;

/**
 * In a narrow window the filter panel steps aside while an item is open: this bar says which filters
 * still narrow the list, takes one off, and brings the panel back by closing the item. The stylesheet
 * shows it only in that layout.
 */
export function ActiveFilterBar() {
  const filters = useBrowse((s) => s.filters);
  const conversations = useBrowse((s) => s.conversations);
  const setFilters = useBrowse((s) => s.setFilters);
  const active = activeFilters(filters, conversations);
  const shown = active.slice(0, MAX_CHIPS);
  const more = active.length - shown.length;

  const showFilters = () => {
    useDetail.getState().close();
    // The panel is back once the item is closed: put the keyboard there.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.filter-panel input')?.focus());
  };

  return (
    <div className="active-filter-bar" role="region" aria-label="Filters in use">
      <span className="active-filter-count">
        {active.length === 0
          ? 'No filters on: every item is listed'
          : `${active.length} ${active.length === 1 ? 'filter' : 'filters'} on:`}
      </span>
      {shown.length > 0 && (
        <ul className="active-filter-chips">
          {shown.map((filter) => (
            <li key={filter.id} className="chip active-filter-chip">
              {filter.text}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Take off the filter ${filter.text}`}
                title="Take off this filter"
                onClick={() => setFilters(filter.without)}
              >
                ×
              </button>
            </li>
          ))}
          {more > 0 && <li className="muted">and {more} more</li>}
        </ul>
      )}
      <button type="button" className="button subtle small" onClick={showFilters}>
        Show filters
      </button>
    </div>
  );
}
