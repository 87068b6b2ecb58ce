/**
 * The Browse list: current filters and a cache of result pages. Every query is one page through the
 * bridge; a filter change starts a new generation, and answers for an older generation are dropped.
 */
import { create } from 'zustand';
import type { ItemKind } from '../../../shared/model/kinds';
import type { ConversationSummary, ItemRow } from '../../../shared/model/items';
import { api, errorMessage } from '../bridge';
import { startFilterTiming } from '../perf/filter-timing';
import { useDetail } from './detail-store';
import { useSelection } from './selection-store';
import {
  DEFAULT_FILTERS,
  PAGE_SIZE,
  describeChange,
  toItemQuery,
  type BrowseFilters,
} from './browse-filters';

/** Pages kept in memory; the ones furthest from the last requested page are dropped first. */
const MAX_CACHED_PAGES = 60;

interface BrowseState {
  archiveId: string | null;
  filters: BrowseFilters;
  generation: number;
  /** null until the first answer for the current filters. */
  total: number | null;
  kindCounts: Partial<Record<ItemKind, number>>;
  pages: ReadonlyMap<number, ItemRow[]>;
  /** The archive's direct-message conversations (empty until loaded, or when it has none). */
  conversations: ConversationSummary[];
  /**
   * Messages per conversation under the other filters (kinds and conversations set aside); null when
   * no filter narrows them, so each conversation's total holds.
   */
  conversationCounts: Record<string, number> | null;
  error: string | null;
  /** Keyboard cursor in the list. */
  activeIndex: number;
  setArchive(archiveId: string): void;
  setFilters(patch: Partial<BrowseFilters>): void;
  resetFilters(): void;
  /** Replaces every filter at once (a number followed from another view). */
  replaceFilters(filters: BrowseFilters): void;
  /** Loads the pages covering rows [start, end] that are not cached or in flight. */
  ensureRange(start: number, end: number): void;
  /** Re-runs the current query (after a visibility correction, for example). */
  reload(): void;
  setActiveIndex(index: number): void;
}

const inFlight = new Set<string>();

export const useBrowse = create<BrowseState>()((set, get) => {
  const loadPage = async (page: number) => {
    const { archiveId, filters, generation } = get();
    if (!archiveId) return;
    const key = `${generation}:${page}`;
    if (inFlight.has(key) || get().pages.has(page)) return;
    inFlight.add(key);
    try {
      const result = await api().queryItems(toItemQuery(archiveId, filters, page * PAGE_SIZE));
      if (get().generation !== generation) return; // stale answer
      const pages = new Map(get().pages);
      pages.set(page, result.rows);
      evictFarPages(pages, page);
      set({ pages, total: result.total, kindCounts: result.kindCounts, error: null });
    } catch (e) {
      if (get().generation === generation) set({ error: errorMessage(e) });
    } finally {
      inFlight.delete(key);
    }
  };

  /** The filters that narrow the conversations' counts, as a key: a change of only these asks again. */
  let countsKey: string | null = null;
  const loadConversationCounts = (filters: BrowseFilters) => {
    const { archiveId } = get();
    if (!archiveId) return;
    const query = { ...toItemQuery(archiveId, filters, 0), kinds: undefined, conversations: undefined };
    const key = JSON.stringify({ ...query, sort: undefined, offset: undefined, limit: undefined });
    if (key === countsKey) return;
    countsKey = key;
    api()
      .getConversationCounts(query)
      .then(
        (conversationCounts) => {
          if (countsKey === key) set({ conversationCounts });
        },
        (e: unknown) => {
          if (countsKey === key) set({ error: errorMessage(e) });
        },
      );
  };

  const restart = (filters: BrowseFilters, label: string) => {
    startFilterTiming(label);
    set((s) => ({
      filters,
      generation: s.generation + 1,
      total: null,
      pages: new Map(),
      error: null,
      activeIndex: 0,
    }));
    void loadPage(0);
    loadConversationCounts(filters);
  };

  return {
    archiveId: null,
    filters: DEFAULT_FILTERS,
    generation: 0,
    total: null,
    kindCounts: {},
    pages: new Map(),
    conversations: [],
    conversationCounts: null,
    error: null,
    activeIndex: 0,
    setArchive: (archiveId) => {
      if (get().archiveId === archiveId) return;
      // Ticked ids and the open item belong to the previous archive.
      useSelection.getState().clear();
      useDetail.getState().close();
      set({ archiveId, conversations: [], conversationCounts: null });
      countsKey = null;
      restart(DEFAULT_FILTERS, 'open');
      api()
        .getConversations({ archiveId })
        .then(
          (conversations) => {
            if (get().archiveId === archiveId) set({ conversations });
          },
          (e: unknown) => {
            if (get().archiveId === archiveId) set({ error: errorMessage(e) });
          },
        );
    },
    setFilters: (patch) => {
      const prev = get().filters;
      const next = { ...prev, ...patch };
      const label = describeChange(prev, next);
      if (label === 'reload') return;
      restart(next, label);
    },
    resetFilters: () => restart(DEFAULT_FILTERS, 'reset'),
    replaceFilters: (filters) => {
      const label = describeChange(get().filters, filters);
      if (label !== 'reload' || get().total === null) restart(filters, label);
    },
    ensureRange: (start, end) => {
      const total = get().total;
      const last = total === null ? end : Math.min(end, total - 1);
      for (
        let page = Math.floor(Math.max(0, start) / PAGE_SIZE);
        page <= Math.floor(last / PAGE_SIZE);
        page++
      ) {
        void loadPage(page);
      }
    },
    reload: () => restart(get().filters, 'reload'),
    setActiveIndex: (activeIndex) => set({ activeIndex }),
  };
});

export function rowAt(pages: ReadonlyMap<number, ItemRow[]>, index: number): ItemRow | undefined {
  return pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}

function evictFarPages(pages: Map<number, ItemRow[]>, near: number): void {
  if (pages.size <= MAX_CACHED_PAGES) return;
  const byDistance = [...pages.keys()].sort((a, b) => Math.abs(b - near) - Math.abs(a - near));
  for (const page of byDistance.slice(0, pages.size - MAX_CACHED_PAGES)) pages.delete(page);
}

/** Rows [start, end] in list order, from the cache or, for missing pages, straight from the engine. */
export async function rowsInRange(start: number, end: number): Promise<ItemRow[]> {
  const { archiveId, filters, pages } = useBrowse.getState();
  if (!archiveId) return [];
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  const rows: ItemRow[] = [];
  for (let page = Math.floor(lo / PAGE_SIZE); page <= Math.floor(hi / PAGE_SIZE); page++) {
    const cached =
      pages.get(page) ?? (await api().queryItems(toItemQuery(archiveId, filters, page * PAGE_SIZE))).rows;
    cached.forEach((row, i) => {
      const index = page * PAGE_SIZE + i;
      if (index >= lo && index <= hi) rows.push(row);
    });
  }
  return rows;
}
