import type { OwnWords } from '../../../shared/exposure/detectors/own-words';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { Connections } from '../connections';
import { META, setMeta } from '../db/meta';
import { cleanOwnWords, readOwnWords, writeOwnWords } from '../classification/own-words-store';
import type { LibraryService } from './library-service';
import type { VisibilityService } from './visibility-service';
import type { Progress } from './progress';

/**
 * The person's own sensitive words: kept per account in the library (so every import of that account
 * matches them), copied into the archive they were applied to, which is re-classified with them.
 */
export class OwnWordsService {
  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
    private readonly visibility: VisibilityService,
  ) {}

  get(archiveId: string): OwnWords {
    return readOwnWords(this.conn.library, this.library.summary(archiveId).account.accountId);
  }

  /**
   * Re-classifies every item of the archive with these words, then keeps them for the account. A
   * cancel leaves both the archive and the saved words as they were.
   */
  set(archiveId: string, words: OwnWords, progress?: Progress): ArchiveSummary {
    const clean = cleanOwnWords(words);
    const summary = this.visibility.reclassify(
      archiveId,
      (db) => setMeta(db, META.ownWords, clean),
      progress,
    );
    writeOwnWords(this.conn.library, summary.account.accountId, clean);
    return summary;
  }
}
