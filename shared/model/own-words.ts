/**
 * The person's own sensitive words as the window and the command line see them: the words kept for
 * the account, and for each of the account's archives whether its items were checked with them.
 */
import type { OwnWords } from '../exposure/detectors/own-words';
import type { ArchiveSummary } from './summary';

export interface OwnWordsArchive {
  archiveId: string;
  /** When X made the archive (null: unknown). */
  generatedAt: string | null;
  /** Its items were checked with exactly the account's words; false: waiting to be checked again. */
  upToDate: boolean;
}

export interface OwnWordsState {
  words: OwnWords;
  /** Every archive of the account in the library: the one asked about first, then the newest first. */
  archives: OwnWordsArchive[];
}

/** What saving (or re-checking) gives back: the state after it, and the archive asked about. */
export interface OwnWordsResult extends OwnWordsState {
  summary: ArchiveSummary;
  /** The archives whose items were checked again by this job (the others already were). */
  rechecked: string[];
}
