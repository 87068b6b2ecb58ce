/** Which view is shown, which imported archive the archive views are about, and the way back. */
import { create } from 'zustand';
import type { ViewId } from '../app/nav';

interface NavigationState {
  view: ViewId;
  archiveId: string | null;
  /** Bumped by the error boundary's "reload view" so the view remounts. */
  viewKey: number;
  /** Views left by following a link inside a view (a number on the Overview, say); Back returns to the last. */
  history: ViewId[];
  /** A move from the sidebar: a fresh start, nothing to go back to. */
  go(view: ViewId): void;
  /** A move from a link inside the current view, which Back undoes. */
  follow(view: ViewId): void;
  back(): void;
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
  history: [],
  go: (view) => set({ view, history: [] }),
  follow: (view) => set((s) => (s.view === view ? {} : { view, history: [...s.history, s.view] })),
  back: () =>
    set((s) => {
      const previous = s.history[s.history.length - 1];
      return previous ? { view: previous, history: s.history.slice(0, -1) } : {};
    }),
  openArchive: (archiveId, view = 'overview') => set({ archiveId, view, history: [] }),
  clearArchive: () => set({ archiveId: null, view: 'open', history: [] }),
  reloadView: () => set((s) => ({ viewKey: s.viewKey + 1 })),
}));
