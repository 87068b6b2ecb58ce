import type { OwnWords } from '../../../shared/exposure/detectors/own-words';
import type { OwnWordsArchive, OwnWordsResult, OwnWordsState } from '../../../shared/model/own-words';
import type { ArchiveSummary, LibraryEntry } from '../../../shared/model/summary';
import type { Connections } from '../connections';
import { META, setMeta } from '../db/meta';
import { UserFacingError } from '../errors';
import {
  classifiedOwnWords,
  cleanOwnWords,
  readOwnWords,
  sameOwnWords,
  writeOwnWords,
} from '../classification/own-words-store';
import type { LibraryService } from './library-service';
import type { VisibilityService } from './visibility-service';
import { noProgress, type Progress } from './progress';

/**
 * The person's own sensitive words: kept per account in the library (so every archive and every import
 * of that account matches them), and copied into each archive whose items were classified with them.
 * An archive whose copy differs from the account's words is waiting to be checked again.
 */
export class OwnWordsService {
  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
    private readonly visibility: VisibilityService,
  ) {}

  /** The account's words, and for each of its archives whether its items were checked with them. */
  state(archiveId: string): OwnWordsState {
    const accountId = this.library.summary(archiveId).account.accountId;
    const words = readOwnWords(this.conn.library, accountId);
    return { words, archives: this.archivesOf(archiveId).map((e) => this.archiveState(e, words)) };
  }

  /**
   * Keeps the words for the account and checks again, as one piece of work, every archive of the
   * account not yet classified with them: the archive asked about first, then the others, newest
   * first. Each archive is re-classified in a transaction of its own. The words are kept once the first
   * archive is done, so a cancel leaves either nothing changed (cancelled in the first archive) or the
   * new words kept, the archives done checked with them, and the rest waiting to be checked again
   * (see `pending`, `state`), each archive consistent.
   */
  set(archiveId: string, words: OwnWords, progress: Progress = noProgress): OwnWordsResult {
    const accountId = this.library.summary(archiveId).account.accountId;
    const clean = cleanOwnWords(words);
    let kept = false;
    const keep = () => {
      if (!kept) writeOwnWords(this.conn.library, accountId, clean);
      kept = true;
    };
    const rechecked = this.recheckAll(
      this.archivesOf(archiveId).map((e) => e.archiveId),
      clean,
      keep,
      progress,
    );
    keep();
    return this.result(archiveId, rechecked);
  }

  /**
   * Checks one archive again with the account's words when it is waiting for it (opened after a
   * cancelled or stopped re-check); nothing to do otherwise.
   */
  recheck(archiveId: string, progress: Progress = noProgress): OwnWordsResult {
    const accountId = this.library.summary(archiveId).account.accountId;
    const words = readOwnWords(this.conn.library, accountId);
    return this.result(
      archiveId,
      this.recheckAll([archiveId], words, () => {}, progress),
    );
  }

  /**
   * Re-classifies, in order, those of `archiveIds` not classified with `words`; `afterEach` runs once
   * each is committed. Progress counts the items of all of them. Returns the ids checked again.
   */
  private recheckAll(
    archiveIds: readonly string[],
    words: OwnWords,
    afterEach: () => void,
    progress: Progress,
  ): string[] {
    const todo = archiveIds
      .map((id) => ({ id, db: this.openOrSkip(id, archiveIds[0]!) }))
      .filter((a) => a.db !== null && !sameOwnWords(classifiedOwnWords(a.db), words))
      .map(({ id, db }) => ({
        id,
        items: db!.prepare('SELECT count(*) FROM items').pluck().get() as number,
      }));
    const total = todo.reduce((sum, a) => sum + a.items, 0);
    let before = 0;
    const rechecked: string[] = [];
    for (const { id, items } of todo) {
      this.visibility.reclassify(
        id,
        (db) => setMeta(db, META.ownWords, words),
        (done) => progress(before + done, total),
      );
      afterEach();
      rechecked.push(id);
      before += items;
    }
    return rechecked;
  }

  /**
   * The archive's database; null for another archive of the account whose database cannot be opened
   * (it stays waiting, and the others are still checked). The archive asked about must open.
   */
  private openOrSkip(archiveId: string, asked: string) {
    try {
      return this.conn.archive(archiveId);
    } catch (err) {
      if (archiveId === asked || !(err instanceof UserFacingError)) throw err;
      return null;
    }
  }

  private result(archiveId: string, rechecked: string[]): OwnWordsResult {
    const summary: ArchiveSummary = this.library.summary(archiveId);
    return { ...this.state(archiveId), summary, rechecked };
  }

  /** The archive's own account's archives, the one asked about first, then the newest first. */
  private archivesOf(archiveId: string): LibraryEntry[] {
    const all = this.library.list();
    const self = all.find((e) => e.archiveId === archiveId);
    const accountId = self?.account.accountId;
    // An archive whose account is not known shares its words with no other.
    const others = accountId
      ? all.filter((e) => e.archiveId !== archiveId && e.account.accountId === accountId)
      : [];
    others.sort((a, b) => (b.generatedAt ?? '').localeCompare(a.generatedAt ?? ''));
    return self ? [self, ...others] : others;
  }

  private archiveState(entry: LibraryEntry, words: OwnWords): OwnWordsArchive {
    let upToDate = false;
    try {
      upToDate = sameOwnWords(classifiedOwnWords(this.conn.archive(entry.archiveId)), words);
    } catch (err) {
      if (!(err instanceof UserFacingError)) throw err;
    }
    return { archiveId: entry.archiveId, generatedAt: entry.generatedAt, upToDate };
  }
}
