import { useEffect, useRef } from 'react';
import { ActiveFilterBar } from './ActiveFilterBar';
import { DetailPane } from './DetailPane';
import { FilterPanel } from './FilterPanel';
import { ItemList } from './ItemList';
import { SearchBox } from './SearchBox';
import { SelectionBar } from './SelectionBar';
import type { SortOrder } from '../../../../shared/model/items';
import type { ArchiveViewProps } from '../../app/routes';
import { BackButton } from '../../components/BackButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { formatCount } from '../../../../shared/format/numbers';
import { useBrowse } from '../../stores/browse-store';
import { useDetail } from '../../stores/detail-store';
import { useSelection } from '../../stores/selection-store';
import './browse.css';

const SORTS: Array<[SortOrder, string]> = [
  ['dateDesc', 'Newest first'],
  ['dateAsc', 'Oldest first'],
  ['levelDesc', 'Most sensitive first'],
];

/** Every item, filtered, searched and sorted, with a detail pane and a deletion-list export. */
export function BrowseView({ archiveId }: ArchiveViewProps) {
  const total = useBrowse((s) => s.total);
  const error = useBrowse((s) => s.error);
  const sort = useBrowse((s) => s.filters.sort);
  const generation = useBrowse((s) => s.generation);
  const setFilters = useBrowse((s) => s.setFilters);
  const reload = useBrowse((s) => s.reload);
  const detailOpen = useDetail((s) => s.itemId !== null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    useBrowse.getState().setArchive(archiveId);
  }, [archiveId]);

  // "Select all" means all matching the filters in force when it was chosen.
  useEffect(() => {
    if (useSelection.getState().allFiltered) useSelection.getState().clear();
  }, [generation]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
      if (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey) {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      } else if (
        event.key === 'Escape' &&
        useDetail.getState().itemId !== null &&
        !target?.closest('[role="dialog"]')
      ) {
        useDetail.getState().close();
        document.querySelector<HTMLElement>('.item-list')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className={`browse-view${detailOpen ? ' with-detail' : ''}`}>
      <FilterPanel />
      <section className="browse-main" aria-labelledby="browse-title">
        <header className="browse-toolbar">
          <BackButton />
          <h1 id="browse-title" className="browse-title">
            Browse{' '}
            <span className="browse-total" aria-live="polite">
              {total === null ? '…' : `${formatCount(total)} ${total === 1 ? 'item' : 'items'}`}
            </span>
          </h1>
          <SearchBox ref={searchRef} />
          <label className="sort-field">
            <span>Sort</span>
            <select value={sort} onChange={(e) => setFilters({ sort: e.target.value as SortOrder })}>
              {SORTS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        </header>
        {detailOpen && <ActiveFilterBar />}
        <SelectionBar archiveId={archiveId} />
        {error && <ErrorNotice message={error} onRetry={reload} />}
        {total === 0 && <p className="empty-list">No items match these filters.</p>}
        <ItemList archiveId={archiveId} labelledBy="browse-title" />
      </section>
      {detailOpen && <DetailPane archiveId={archiveId} />}
    </div>
  );
}
