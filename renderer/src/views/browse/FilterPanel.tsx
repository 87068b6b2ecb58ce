import { useId } from 'react';
import {
  CHANNELS,
  FLAGS,
  ITEM_KINDS,
  LEVELS,
  POST_TYPES,
  VISIBILITIES,
  type ItemKind,
} from '../../../../shared/model/kinds';
import {
  CHANNEL_LABELS,
  FLAG_LABELS,
  KIND_PLURALS,
  LEVEL_LABELS,
  POST_TYPE_LABELS,
  VISIBILITY_LABELS,
} from '../../../../shared/format/labels';
import { formatCount } from '../../../../shared/format/numbers';
import { activeFilterCount, toggleIn, type BrowseFilters } from '../../stores/browse-filters';
import { useBrowse } from '../../stores/browse-store';
import { ConversationFilter } from './ConversationFilter';
import { FILTER_LEGENDS } from './active-filters';

type ListKey = 'kinds' | 'postTypes' | 'channels' | 'flags' | 'levels' | 'visibilities';

/** Checkbox groups for every filter, the date range, and a reset. Counts per kind follow the other filters. */
export function FilterPanel() {
  const filters = useBrowse((s) => s.filters);
  const kindCounts = useBrowse((s) => s.kindCounts);
  const setFilters = useBrowse((s) => s.setFilters);
  const resetFilters = useBrowse((s) => s.resetFilters);
  const id = useId();

  const group = <T extends string>(
    key: ListKey,
    legend: string,
    values: readonly T[],
    labels: Record<T, string>,
    counts?: Partial<Record<T, number>>,
  ) => (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {values.map((value) => {
        const list = filters[key] as T[];
        return (
          <label key={value} className="checkbox">
            <input
              type="checkbox"
              checked={list.includes(value)}
              onChange={() => setFilters({ [key]: toggleIn(list, value, values) } as Partial<BrowseFilters>)}
            />
            <span className="filter-label">{labels[value]}</span>
            {counts && <span className="filter-count">{formatCount(counts[value] ?? 0)}</span>}
          </label>
        );
      })}
    </fieldset>
  );

  return (
    <aside className="filter-panel" aria-label="Filters">
      <div className="filter-head">
        <h2 className="filter-title">Filters</h2>
        <button
          type="button"
          className="button subtle small"
          onClick={resetFilters}
          disabled={activeFilterCount(filters) === 0}
        >
          Clear all
        </button>
      </div>
      {group<ItemKind>('kinds', FILTER_LEGENDS.kinds, ITEM_KINDS, KIND_PLURALS, kindCounts)}
      <ConversationFilter />
      {group('postTypes', FILTER_LEGENDS.postTypes, POST_TYPES, POST_TYPE_LABELS)}
      {group('channels', FILTER_LEGENDS.channels, CHANNELS, CHANNEL_LABELS)}
      {group('flags', FILTER_LEGENDS.flags, FLAGS, FLAG_LABELS)}
      {group('levels', FILTER_LEGENDS.levels, LEVELS, LEVEL_LABELS)}
      {group('visibilities', FILTER_LEGENDS.visibilities, VISIBILITIES, VISIBILITY_LABELS)}
      <fieldset className="filter-group">
        <legend>{FILTER_LEGENDS.dates}</legend>
        <label className="date-field" htmlFor={`${id}-from`}>
          From
        </label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from}
          onChange={(e) => setFilters({ from: e.target.value })}
        />
        <label className="date-field" htmlFor={`${id}-to`}>
          To
        </label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to}
          onChange={(e) => setFilters({ to: e.target.value })}
        />
      </fieldset>
    </aside>
  );
}
