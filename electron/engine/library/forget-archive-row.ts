import type { Database } from 'better-sqlite3';
import { deleteProgress } from '../checklist/progress-store';
import { deleteResidence } from '../checklist/residence-store';
import { deleteDeletionList } from '../compare/deletion-list';
import { deleteArchiveRow } from './library-db';
import { deleteOwnWords } from '../classification/own-words-store';

/**
 * Removes an archive from the library, and when it was its account's last archive, what the library
 * keeps about that account too (checklist progress, where they live, deletion list, their own sensitive words): forgetting a person's only archive
 * leaves nothing of theirs behind. One transaction. Returns whether the archive was listed.
 */
export function forgetArchiveRow(library: Database, archiveId: string): boolean {
  return library.transaction(() => {
    const accountId = library
      .prepare('SELECT account_id FROM archives WHERE archive_id = ?')
      .pluck()
      .get(archiveId) as string | undefined;
    const existed = deleteArchiveRow(library, archiveId);
    const others = library.prepare('SELECT 1 FROM archives WHERE account_id = ? LIMIT 1').pluck();
    if (accountId !== undefined && others.get(accountId) === undefined) {
      deleteProgress(library, accountId);
      deleteResidence(library, accountId);
      deleteDeletionList(library, accountId);
      deleteOwnWords(library, accountId);
    }
    return existed;
  })();
}
