/**
 * Request handlers of the bookmark channels, shared by Electron's main process and the e2e harness
 * (spread into the service's handlers).
 */
import type { Req, RequestChannel, Res } from '../../../shared/ipc/contract';
import type { EngineJobs, RemoteEngine } from '../worker/engine-client';
import type { OpenTarget } from '../service/host';

export type BookmarkChannel = Extract<RequestChannel, `bookmarks:${string}`>;
export type BookmarkHandlers = { [C in BookmarkChannel]: (req: Req<C>) => Promise<Res<C>> | Res<C> };

export const BOOKMARK_FILE_TARGET: OpenTarget = {
  title: 'Open a bookmarks export (CSV or JSON)',
  filters: [
    { name: 'Bookmarks export', extensions: ['csv', 'tsv', 'txt', 'json', 'js'] },
    { name: 'All files', extensions: ['*'] },
  ],
};

export function createBookmarkHandlers({
  engine,
  jobs,
  host,
}: {
  engine: RemoteEngine;
  jobs: EngineJobs;
  host: { pickOpenFile(target: OpenTarget): Promise<string | null> };
}): BookmarkHandlers {
  return {
    'bookmarks:pickFile': async () => ({ path: await host.pickOpenFile(BOOKMARK_FILE_TARGET) }),
    'bookmarks:preview': ({ path, mapping }) => engine.previewBookmarks(path, mapping),
    'bookmarks:import': ({ archiveId, path, mapping }) => ({
      jobId: jobs.startJob('bookmarkImport', { archiveId, path, mapping }),
    }),
    'bookmarks:state': ({ archiveId }) => engine.getBookmarkImport(archiveId),
  };
}
