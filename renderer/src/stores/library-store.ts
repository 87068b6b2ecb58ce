/** The list of imported archives (recent archives on the Open view). */
import { create } from 'zustand';
import type { LibraryEntry } from '../../../shared/model/summary';
import { api, errorMessage } from '../bridge';

interface LibraryState {
  entries: LibraryEntry[] | null;
  loading: boolean;
  error: string | null;
  refresh(): Promise<void>;
  forget(archiveId: string): Promise<void>;
}

export const useLibrary = create<LibraryState>()((set, get) => ({
  entries: null,
  loading: false,
  error: null,
  refresh: async () => {
    set({ loading: true, error: null });
    try {
      set({ entries: await api().listLibrary(), loading: false });
    } catch (e) {
      set({ error: errorMessage(e), loading: false });
    }
  },
  forget: async (archiveId) => {
    await api().forgetArchive({ archiveId });
    set({ entries: (get().entries ?? []).filter((e) => e.archiveId !== archiveId) });
  },
}));
