/** The sidebar's entries, in order. The view each one shows is wired in `routes.tsx`. */
export type ViewId =
  | 'open'
  | 'import'
  | 'overview'
  | 'held'
  | 'browse'
  | 'bookmarks'
  | 'compare'
  | 'checklist'
  | 'report'
  | 'settings';

export interface NavEntry {
  id: ViewId;
  label: string;
  /** Needs an imported archive to be selected. */
  needsArchive: boolean;
}

export const NAV_ENTRIES: NavEntry[] = [
  { id: 'open', label: 'Open', needsArchive: false },
  { id: 'overview', label: 'Overview', needsArchive: true },
  { id: 'held', label: 'What X knows', needsArchive: true },
  { id: 'browse', label: 'Browse', needsArchive: true },
  { id: 'bookmarks', label: 'Bookmarks', needsArchive: true },
  { id: 'compare', label: 'Compare', needsArchive: true },
  { id: 'checklist', label: 'Checklist', needsArchive: true },
  { id: 'report', label: 'Report', needsArchive: true },
  { id: 'settings', label: 'Settings', needsArchive: true },
];
