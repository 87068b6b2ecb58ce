/** Which component each navigation entry shows. Archive views receive the selected archive's id. */
import type { ComponentType } from 'react';
import type { ViewId } from './nav';
import { BrowseView } from '../views/browse/BrowseView';
import { OverviewView } from '../views/overview/OverviewView';
import { SettingsView } from '../views/settings/SettingsView';
import { ChecklistView } from '../views/checklist/ChecklistView';
import { ReportView } from '../views/report/ReportView';
import { BookmarksView } from '../views/bookmarks/BookmarksView';
import { CompareView } from '../views/compare/CompareView';
import { HeldDataView } from '../views/held/HeldDataView';

export interface ArchiveViewProps {
  archiveId: string;
}

export const ARCHIVE_VIEWS: Record<Exclude<ViewId, 'open' | 'import'>, ComponentType<ArchiveViewProps>> = {
  overview: OverviewView,
  held: HeldDataView,
  browse: BrowseView,
  bookmarks: BookmarksView,
  compare: CompareView,
  checklist: ChecklistView,
  report: ReportView,
  settings: SettingsView,
};
