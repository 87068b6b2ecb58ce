/**
 * Every number leads to its items: a count on the Overview (or a bar of the timeline) opens Browse with
 * exactly the filter behind it, and Browse's Back button returns to where the person was.
 */
import { DEFAULT_FILTERS, type BrowseFilters } from '../stores/browse-filters';
import { useBrowse } from '../stores/browse-store';
import { useDetail } from '../stores/detail-store';
import { useNavigation } from '../stores/navigation-store';

export type ItemFilter = Partial<Omit<BrowseFilters, 'sort' | 'text'>>;

export function showItems(archiveId: string, filter: ItemFilter): void {
  const browse = useBrowse.getState();
  browse.setArchive(archiveId);
  browse.replaceFilters({ ...DEFAULT_FILTERS, sort: browse.filters.sort, ...filter });
  useDetail.getState().close();
  useNavigation.getState().follow('browse');
}

/** Opens one item in Browse's detail pane, with Back to return. */
export function showItem(archiveId: string, itemId: number): void {
  useBrowse.getState().setArchive(archiveId);
  void useDetail.getState().open(archiveId, itemId);
  useNavigation.getState().follow('browse');
}

/** The first and last day of a `YYYY-MM` month, as Browse's date filter takes them. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(lastDay).padStart(2, '0')}` };
}
