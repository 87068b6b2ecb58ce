import { useBrowse } from '../../stores/browse-store';
import { useLibrary } from '../../stores/library-store';
import { useOverview } from '../../stores/overview-store';

/** After every item of the archive was checked again: drop the cached results that changed with it. */
export function refreshAfterRecheck(archiveId: string): void {
  useOverview.getState().invalidate(archiveId);
  if (useBrowse.getState().archiveId === archiveId) useBrowse.getState().reload();
  void useLibrary.getState().refresh();
}
