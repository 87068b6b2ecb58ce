import type { Connections } from '../connections';
import { exportItemsCsv } from '../queries/export-csv';
import { recordDeletionList } from '../compare';
import type { LibraryService } from './library-service';

/** Items written out as CSV. */
export class ExportService {
  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
  ) {}

  /** Writes the items as a CSV deletion list and puts them on the account's deletion list (see Compare). */
  deletionList(archiveId: string, itemIds: number[] | 'all', outPath: string): number {
    const db = this.conn.archive(archiveId);
    const { account } = this.library.summary(archiveId);
    const rows = exportItemsCsv(db, itemIds, outPath, account.username);
    recordDeletionList(this.conn.library, db, { accountId: account.accountId, archiveId }, itemIds);
    return rows;
  }
}
