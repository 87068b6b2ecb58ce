import type { LibraryEntry } from '../../shared/model/summary';
import { Connections } from './connections';
import { LibraryService } from './services/library-service';

/** Read access to the library's list of archives, for callers that need nothing else (`x-exposure list`). */
export interface Library {
  listArchives(): LibraryEntry[];
  close(): void;
}

/** Opens the library as the Engine does (migrations, stale imports cleared), without the other services. */
export function openLibraryOnly(dataDir: string): Library {
  const connections = new Connections({ dataDir });
  const library = new LibraryService(connections);
  return {
    listArchives: () => library.list(),
    close: () => connections.close(),
  };
}
