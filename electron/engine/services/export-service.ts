import { rmSync } from 'node:fs';
import type { Connections } from '../connections';
import { exportItemsCsv } from '../queries/export-csv';
import { recordDeletionList } from '../compare';
import type { LibraryService } from './library-service';
import { noProgress, type Progress } from './progress';

/** Items written out as CSV. */
export class ExportService {
  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
  ) {}

  /** Writes the items as CSV (the report's file of every item, for one): nothing is recorded. */
  itemsCsv(
    archiveId: string,
    itemIds: number[] | 'all',
    outPath: string,
    progress: Progress = noProgress,
  ): number {
    const db = this.conn.archive(archiveId);
    const { account } = this.library.summary(archiveId);
    const total =
      itemIds === 'all' ? (db.prepare('SELECT count(*) FROM items').pluck().get() as number) : itemIds.length;
    try {
      return exportItemsCsv(db, itemIds, outPath, account.username, (done) => progress(done, total));
    } catch (error) {
      // A stopped export leaves no half-written file behind.
      rmSync(outPath, { force: true });
      throw error;
    }
  }

  /**
   * Writes the items the user chose to delete as CSV and records them on the account's deletion list,
   * which a comparison with a newer archive checks (see Compare).
   */
  deletionList(
    archiveId: string,
    itemIds: number[] | 'all',
    outPath: string,
    progress: Progress = noProgress,
  ): number {
    const rows = this.itemsCsv(archiveId, itemIds, outPath, progress);
    const { accountId } = this.library.summary(archiveId).account;
    recordDeletionList(this.conn.library, this.conn.archive(archiveId), { accountId, archiveId }, itemIds);
    return rows;
  }
}
