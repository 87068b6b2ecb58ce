/** The item open in Browse's detail pane. Private text (DMs) is fetched only when the user reveals it. */
import { create } from 'zustand';
import type { ItemDetail } from '../../../shared/model/items';
import { api, errorMessage } from '../bridge';

interface DetailState {
  itemId: number | null;
  detail: ItemDetail | null;
  revealed: boolean;
  loading: boolean;
  error: string | null;
  open(archiveId: string, itemId: number): Promise<void>;
  reveal(archiveId: string): Promise<void>;
  close(): void;
}

let request = 0;

export const useDetail = create<DetailState>()((set, get) => {
  const fetchDetail = async (archiveId: string, itemId: number, revealPrivate: boolean) => {
    const mine = ++request;
    set({ itemId, loading: true, error: null, ...(revealPrivate ? {} : { detail: null, revealed: false }) });
    try {
      const detail = await api().getItemDetail({
        archiveId,
        itemId,
        ...(revealPrivate ? { revealPrivate } : {}),
      });
      if (mine === request) set({ detail, loading: false, revealed: revealPrivate });
    } catch (e) {
      if (mine === request) set({ loading: false, error: errorMessage(e) });
    }
  };

  return {
    itemId: null,
    detail: null,
    revealed: false,
    loading: false,
    error: null,
    open: (archiveId, itemId) => fetchDetail(archiveId, itemId, false),
    reveal: async (archiveId) => {
      const { itemId } = get();
      if (itemId !== null) await fetchDetail(archiveId, itemId, true);
    },
    close: () => {
      request++;
      set({ itemId: null, detail: null, revealed: false, loading: false, error: null });
    },
  };
});
