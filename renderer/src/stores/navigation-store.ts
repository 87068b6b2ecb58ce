/** Which view is shown and which imported archive the archive views are about. */
import { create } from 'zustand';
import type { ViewId } from '../app/nav';

interface NavigationState {
  view: ViewId;
  archiveId: string | null;
  /** Bumped by the error boundary's "reload view" so the view remounts. */
  viewKey: number;
  go(view: ViewId): void;
  /** Select an archive and show its overview. */
  openArchive(archiveId: string, view?: ViewId): void;
  /** After an archive is forgotten. */
  clearArchive(): void;
  reloadView(): void;
}

export const useNavigation = create<NavigationState>()((set) => ({
  view: 'open',
  archiveId: null,
  viewKey: 0,
  go: (view) => set({ view }),
  openArchive: (archiveId, view = 'overview') => set({ archiveId, view }),
  clearArchive: () => set({ archiveId: null, view: 'open' }),
  reloadView: () => set((s) => ({ viewKey: s.viewKey + 1 })),
}));
