/**
 * Items picked in Browse for the deletion list. Either explicit ids, or "every item matching the
 * filters" minus the ones unticked since.
 */
import { create } from 'zustand';
import type { ItemRow } from '../../../shared/model/items';
import type { Req } from '../../../shared/ipc/contract';
import { toItemQuery, type BrowseFilters } from './browse-filters';

interface SelectionState {
  allFiltered: boolean;
  ids: ReadonlySet<number>;
  /** Unticked while `allFiltered` is on. */
  excluded: ReadonlySet<number>;
  /** The last row ticked or unticked, where a shift-click range starts. */
  anchorIndex: number | null;
  toggle(id: number, index: number): void;
  /** Ticks every row between the anchor and `rows`' last index (rows in list order). */
  selectRange(rows: ItemRow[], toIndex: number): void;
  selectAllFiltered(): void;
  clear(): void;
}

const EMPTY: ReadonlySet<number> = new Set();

export const useSelection = create<SelectionState>()((set, get) => ({
  allFiltered: false,
  ids: EMPTY,
  excluded: EMPTY,
  anchorIndex: null,
  toggle: (id, index) => {
    const s = get();
    if (s.allFiltered) set({ excluded: toggled(s.excluded, id), anchorIndex: index });
    else set({ ids: toggled(s.ids, id), anchorIndex: index });
  },
  selectRange: (rows, toIndex) => {
    const s = get();
    if (s.allFiltered) {
      const excluded = new Set(s.excluded);
      for (const row of rows) excluded.delete(row.id);
      set({ excluded, anchorIndex: toIndex });
    } else {
      const ids = new Set(s.ids);
      for (const row of rows) ids.add(row.id);
      set({ ids, anchorIndex: toIndex });
    }
  },
  selectAllFiltered: () => set({ allFiltered: true, ids: EMPTY, excluded: EMPTY }),
  clear: () => set({ allFiltered: false, ids: EMPTY, excluded: EMPTY, anchorIndex: null }),
}));

export function isSelected(s: Pick<SelectionState, 'allFiltered' | 'ids' | 'excluded'>, id: number): boolean {
  return s.allFiltered ? !s.excluded.has(id) : s.ids.has(id);
}

export function selectedCount(
  s: Pick<SelectionState, 'allFiltered' | 'ids' | 'excluded'>,
  total: number,
): number {
  return s.allFiltered ? Math.max(0, total - s.excluded.size) : s.ids.size;
}

function toggled(set: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

/**
 * What to write as a CSV deletion list (the main process asks where to save it, the engine writes it as
 * a job). "Select all" sends the filters: the engine lists every matching item itself, in one query.
 */
export function selectionExportRequest(archiveId: string, filters: BrowseFilters): Req<'items:exportCsv'> {
  const s = useSelection.getState();
  return s.allFiltered
    ? { archiveId, matching: toItemQuery(archiveId, filters, 0), exceptIds: [...s.excluded] }
    : { archiveId, itemIds: [...s.ids] };
}
