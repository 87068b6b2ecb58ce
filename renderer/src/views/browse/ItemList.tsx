import { useCallback, useEffect, useId } from 'react';
import { ItemListRow } from './ItemListRow';
import { useScaledVirtualizer } from './use-scaled-virtualizer';
import type { ItemRow } from '../../../../shared/model/items';
import { finishFilterTiming } from '../../perf/filter-timing';
import { PAGE_SIZE } from '../../stores/browse-filters';
import { rowAt, rowsInRange, useBrowse } from '../../stores/browse-store';
import { useDetail } from '../../stores/detail-store';
import { isSelected, useSelection } from '../../stores/selection-store';

export const ROW_HEIGHT = 60;

/**
 * Every item matching the filters, as one virtualized listbox. Pages of 200 rows are fetched as they
 * come into view. Keys: arrows, Page Up/Down, Home/End move; Enter opens the detail; Space ticks the row.
 */
export function ItemList({ archiveId, labelledBy }: { archiveId: string; labelledBy: string }) {
  const total = useBrowse((s) => s.total);
  const pages = useBrowse((s) => s.pages);
  const generation = useBrowse((s) => s.generation);
  const activeIndex = useBrowse((s) => s.activeIndex);
  const ensureRange = useBrowse((s) => s.ensureRange);
  const setActiveIndex = useBrowse((s) => s.setActiveIndex);
  const selection = useSelection();
  const openDetail = useDetail((s) => s.open);
  const listId = useId();

  const count = total ?? 0;
  const { scrollRef, virtualizer, physicalHeight, rowTop } = useScaledVirtualizer(count, ROW_HEIGHT);
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  // New filters: back to the top.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [generation, virtualizer]);

  useEffect(() => {
    if (count > 0) ensureRange(first, last);
  }, [first, last, count, generation, ensureRange]);

  // The first page for these filters is on screen: close the measurement.
  const firstPageShown = total !== null && (total === 0 || pages.has(Math.floor(first / PAGE_SIZE)));
  useEffect(() => {
    if (firstPageShown) finishFilterTiming();
  }, [firstPageShown, generation]);

  const pick = useCallback(
    (index: number, row: ItemRow) => {
      setActiveIndex(index);
      void openDetail(archiveId, row.id);
    },
    [archiveId, openDetail, setActiveIndex],
  );

  const toggle = useCallback((index: number, row: ItemRow, event: { shiftKey: boolean }) => {
    const { anchorIndex, toggle: toggleOne, selectRange } = useSelection.getState();
    if (event.shiftKey && anchorIndex !== null) {
      void rowsInRange(anchorIndex, index).then((rows) => selectRange(rows, index));
    } else {
      toggleOne(row.id, index);
    }
  }, []);

  const moveTo = (index: number) => {
    if (count === 0) return;
    const next = Math.max(0, Math.min(count - 1, index));
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    const perPage = Math.max(1, Math.floor((scrollRef.current?.clientHeight || 600) / ROW_HEIGHT) - 1);
    // After scrolling with the mouse, the keys carry on from what is on screen.
    const top = virtualizer.scrollOffset ?? 0;
    const firstOnScreen = Math.ceil(top / ROW_HEIGHT);
    const lastOnScreen = Math.floor((top + (virtualizer.scrollRect?.height ?? 0)) / ROW_HEIGHT) - 1;
    const from = activeIndex >= firstOnScreen && activeIndex <= lastOnScreen ? activeIndex : firstOnScreen;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(from + 1),
      ArrowUp: () => moveTo(from - 1),
      PageDown: () => moveTo(from + perPage),
      PageUp: () => moveTo(from - perPage),
      Home: () => moveTo(0),
      End: () => moveTo(count - 1),
      Enter: () => {
        const row = rowAt(pages, activeIndex);
        if (row) pick(activeIndex, row);
      },
      ' ': () => {
        const row = rowAt(pages, activeIndex);
        if (row) toggle(activeIndex, row, event);
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const activeId = count > 0 ? `${listId}-row-${activeIndex}` : undefined;

  return (
    <div
      ref={scrollRef}
      className="item-list"
      role="listbox"
      aria-labelledby={labelledBy}
      aria-multiselectable="true"
      aria-activedescendant={activeId}
      aria-busy={total === null}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="item-list"
    >
      <div className="item-list-content" style={{ height: physicalHeight }}>
        {items.map((item) => {
          const row = rowAt(pages, item.index);
          return (
            <ItemListRow
              key={item.index}
              id={`${listId}-row-${item.index}`}
              index={item.index}
              setSize={count}
              row={row}
              top={rowTop(item.start)}
              height={ROW_HEIGHT}
              active={item.index === activeIndex}
              selected={row ? isSelected(selection, row.id) : false}
              onPick={pick}
              onToggle={toggle}
            />
          );
        })}
      </div>
    </div>
  );
}
