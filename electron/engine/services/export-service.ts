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

  /** Writes the items as CSV (the report's file of every item, for one): nothing is recorded. */
  itemsCsv(archiveId: string, itemIds: number[] | 'all', outPath: string): number {
    const { account } = this.library.summary(archiveId);
    return exportItemsCsv(this.conn.archive(archiveId), itemIds, outPath, account.username);
  }

  /**
   * Writes the items the user chose to delete as CSV and records them on the account's deletion list,
   * which a comparison with a newer archive checks (see Compare).
   */
  deletionList(archiveId: string, itemIds: number[] | 'all', outPath: string): number {
    const rows = this.itemsCsv(archiveId, itemIds, outPath);
    const { accountId } = this.library.summary(archiveId).account;
    recordDeletionList(this.conn.library, this.conn.archive(archiveId), { accountId, archiveId }, itemIds);
    return rows;
  }
}
