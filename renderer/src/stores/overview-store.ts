/** Cached overviews, one per archive (the database is the source of truth; this is a cache). */
import { create } from 'zustand';
import type { Overview } from '../../../shared/model/overview';
import { api, errorMessage } from '../bridge';

interface OverviewState {
  byArchive: Record<string, Overview>;
  errors: Record<string, string>;
  load(archiveId: string, force?: boolean): Promise<void>;
  /** Forget cached results after the archive's classification changed or it was removed. */
  invalidate(archiveId: string): void;
}

export const useOverview = create<OverviewState>()((set, get) => ({
  byArchive: {},
  errors: {},
  load: async (archiveId, force = false) => {
    if (!force && get().byArchive[archiveId]) return;
    set((s) => ({ errors: withoutKey(s.errors, archiveId) }));
    try {
      const overview = await api().getOverview({ archiveId });
      set((s) => ({ byArchive: { ...s.byArchive, [archiveId]: overview } }));
    } catch (e) {
      set((s) => ({ errors: { ...s.errors, [archiveId]: errorMessage(e) } }));
    }
  },
  invalidate: (archiveId) =>
    set((s) => ({ byArchive: withoutKey(s.byArchive, archiveId), errors: withoutKey(s.errors, archiveId) })),
}));

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}
