/** The last comparison per pair of archives (a comparison of two large archives takes a few seconds). */
import { create } from 'zustand';
import type { ArchiveComparison } from '../../../../shared/model/compare';
import { api, errorMessage } from '../../bridge';

const pairKey = (olderId: string, newerId: string) => `${olderId}>${newerId}`;

interface CompareState {
  results: Record<string, ArchiveComparison>;
  running: string | null;
  errors: Record<string, string>;
  run(olderId: string, newerId: string, force?: boolean): Promise<void>;
  resultFor(olderId: string, newerId: string): ArchiveComparison | undefined;
  errorFor(olderId: string, newerId: string): string | undefined;
  /** After an archive changed (bookmarks imported, re-import, forgotten). */
  invalidate(archiveId: string): void;
}

export const useCompare = create<CompareState>()((set, get) => ({
  results: {},
  running: null,
  errors: {},
  run: async (olderId, newerId, force = false) => {
    const key = pairKey(olderId, newerId);
    if (!force && (get().results[key] || get().running === key)) return;
    set((s) => ({
      running: key,
      errors: Object.fromEntries(Object.entries(s.errors).filter(([k]) => k !== key)),
    }));
    try {
      const result = await api().compareArchives({ olderId, newerId });
      set((s) => ({ results: { ...s.results, [key]: result } }));
    } catch (e) {
      set((s) => ({ errors: { ...s.errors, [key]: errorMessage(e) } }));
    } finally {
      if (get().running === key) set({ running: null });
    }
  },
  resultFor: (olderId, newerId) => get().results[pairKey(olderId, newerId)],
  errorFor: (olderId, newerId) => get().errors[pairKey(olderId, newerId)],
  invalidate: (archiveId) =>
    set((s) => ({
      results: Object.fromEntries(
        Object.entries(s.results).filter(([k]) => !k.split('>').includes(archiveId)),
      ),
    })),
}));

export { pairKey };
