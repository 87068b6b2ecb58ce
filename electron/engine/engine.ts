import type { Residence } from '../../shared/checklist/rights/residence';
import type { ChecklistView, StepId, StepStatus } from '../../shared/checklist/types';
import type {
  BookmarkImportResult,
  BookmarkImportState,
  BookmarkMapping,
  BookmarkPreview,
} from '../../shared/model/bookmarks';
import type { ArchiveComparison } from '../../shared/model/compare';
import type { ConversationSummary, ItemDetail, ItemPage, ItemQuery } from '../../shared/model/items';
import type { Overview, VisibilityChange, VisibilitySettings } from '../../shared/model/overview';
import type { ArchiveSummary, LibraryEntry } from '../../shared/model/summary';
import type { ReportModel } from '../../shared/report/model';
import type { AccountData } from '../../shared/model/account-data';
import { ChecklistService } from './checklist';
import { Connections, type ConnectionOptions } from './connections';
import { buildReportModel, type BuildOptions } from './report/build';
import { renderReportHtml } from './report/render-html';
import { BookmarkService } from './services/bookmark-service';
import { CompareService } from './services/compare-service';
import { ExportService } from './services/export-service';
import { LibraryService } from './services/library-service';
import { MediaService, type MediaFile } from './services/media-service';
import { QueryService } from './services/query-service';
import { VisibilityService } from './services/visibility-service';
import { OwnWordsService } from './services/own-words-service';
import type { OwnWords } from '../../shared/exposure/detectors/own-words';
import type { OwnWordsResult, OwnWordsState } from '../../shared/model/own-words';
import type { Progress } from './services/progress';

/**
 * The engine's public API, a thin facade: one `Connections` (library and per-archive databases) shared
 * by the feature services that do the work. One instance per process that owns the data folder: the
 * engine worker in the app and the e2e harness (see worker/engine-worker.ts), the CLI and tests in
 * process. Imports run through `importArchive` (see index.ts).
 */
export class Engine {
  private readonly connections: Connections;
  private readonly library: LibraryService;
  private readonly queries: QueryService;
  private readonly visibility: VisibilityService;
  private readonly ownWords: OwnWordsService;
  private readonly exports: ExportService;
  private readonly bookmarks: BookmarkService;
  private readonly comparisons: CompareService;
  private readonly checklist: ChecklistService;
  private readonly media: MediaService;

  constructor(opts: ConnectionOptions) {
    const conn = new Connections(opts);
    this.connections = conn;
    this.library = new LibraryService(conn);
    this.queries = new QueryService(conn, this.library);
    this.visibility = new VisibilityService(conn, this.library);
    this.ownWords = new OwnWordsService(conn, this.library, this.visibility);
    this.exports = new ExportService(conn, this.library);
    this.bookmarks = new BookmarkService(conn, this.library);
    this.comparisons = new CompareService(conn, this.library);
    this.checklist = new ChecklistService(conn, this.library, this.visibility);
    this.media = new MediaService(conn, this.library);
  }

  listArchives(): LibraryEntry[] {
    return this.library.list();
  }

  getSummary(archiveId: string): ArchiveSummary {
    return this.library.summary(archiveId);
  }

  /** Adds or updates an archive's entry (an import finished in another thread hands its summary here). */
  recordArchive(summary: ArchiveSummary): void {
    this.library.record(summary);
  }

  forget(archiveId: string): void {
    this.library.forget(archiveId);
  }

  queryItems(q: ItemQuery): ItemPage {
    return this.queries.queryItems(q);
  }

  /** The ids of every item the query matches (all its pages), in id order. */
  matchingItemIds(q: ItemQuery): number[] {
    return this.queries.matchingItemIds(q);
  }

  getItemDetail(archiveId: string, itemId: number, revealPrivate = false): ItemDetail {
    return this.queries.itemDetail(archiveId, itemId, revealPrivate);
  }

  getOverview(archiveId: string): Overview {
    return this.queries.overview(archiveId);
  }

  /** The direct-message conversations, for the Browse filter (who each is with, how long it is). */
  getConversations(archiveId: string): ConversationSummary[] {
    return this.queries.conversations(archiveId);
  }

  /** Messages per conversation under the query's other filters; null when they narrow none. */
  getConversationCounts(q: ItemQuery): Record<string, number> | null {
    return this.queries.conversationCounts(q);
  }

  /** What X holds about the person beyond their posts (logins, devices, apps, interests, ...). */
  getAccountData(archiveId: string): AccountData {
    return this.queries.accountData(archiveId);
  }

  getVisibility(archiveId: string): VisibilitySettings {
    return this.visibility.settings(archiveId);
  }

  /** Stores the user's protected periods (null: back to the archive's history) and re-classifies every item. */
  setVisibility(archiveId: string, change: VisibilityChange, progress?: Progress): ArchiveSummary {
    return this.visibility.set(archiveId, change, progress);
  }

  /**
   * The words and names the person listed as sensitive for them, per category (kept per account), and
   * which of the account's archives were checked with them.
   */
  getOwnWords(archiveId: string): OwnWordsState {
    return this.ownWords.state(archiveId);
  }

  /**
   * Keeps the person's own sensitive words for the account and re-classifies, as one piece of work,
   * every item of each of the account's archives not yet checked with them.
   */
  setOwnWords(archiveId: string, words: OwnWords, progress?: Progress): OwnWordsResult {
    return this.ownWords.set(archiveId, words, progress);
  }

  /** Checks the archive again with the account's words when it was classified with others. */
  recheckOwnWords(archiveId: string, progress?: Progress): OwnWordsResult {
    return this.ownWords.recheck(archiveId, progress);
  }

  /** Writes the items as CSV, nothing more (the report's file of every item). */
  exportItemsCsv(archiveId: string, itemIds: number[] | 'all', outPath: string, progress?: Progress): number {
    return this.exports.itemsCsv(archiveId, itemIds, outPath, progress);
  }

  /** Writes the chosen items as a CSV deletion list and records them on the account's deletion list (see Compare). */
  exportDeletionList(
    archiveId: string,
    itemIds: number[] | 'all',
    outPath: string,
    progress?: Progress,
  ): number {
    return this.exports.deletionList(archiveId, itemIds, outPath, progress);
  }

  /** Reads a bookmark export and shows what an import would write (nothing is written). */
  previewBookmarks(path: string, mapping?: BookmarkMapping): BookmarkPreview {
    return this.bookmarks.preview(path, mapping);
  }

  /** Imports a bookmark export into the archive, replacing the previous import. */
  importBookmarks(
    archiveId: string,
    path: string,
    mapping?: BookmarkMapping,
    progress?: Progress,
  ): BookmarkImportResult {
    return this.bookmarks.import(archiveId, path, mapping, progress);
  }

  getBookmarkImport(archiveId: string): BookmarkImportState | null {
    return this.bookmarks.state(archiveId);
  }

  /** Compares two archives of one account (older first): removed, added and kept per count, and the deletion list. */
  compareArchives(
    olderId: string,
    newerId: string,
    opts: { withIds?: boolean } = {},
    progress?: Progress,
  ): ArchiveComparison {
    return this.comparisons.compare(olderId, newerId, opts, progress);
  }

  getChecklist(archiveId: string): ChecklistView {
    return this.checklist.view(archiveId);
  }

  setChecklistStep(archiveId: string, stepId: StepId, status: StepStatus, now?: Date): ChecklistView {
    return this.checklist.setStep(archiveId, stepId, status, now);
  }

  /** Where the account's owner says they live (null: ask again); the checklist's rights step follows it. */
  setResidence(archiveId: string, residence: Residence | null, now?: Date): ChecklistView {
    return this.checklist.setResidence(archiveId, residence, now);
  }

  buildReport(archiveId: string, opts: BuildOptions, progress?: Progress): ReportModel {
    return buildReportModel(this, archiveId, opts, progress);
  }

  /** The report as one self-contained HTML page (no scripts, no external requests), for saving or printing. */
  reportHtml(archiveId: string, opts: BuildOptions, progress?: Progress): string {
    return renderReportHtml(this.buildReport(archiveId, opts, progress));
  }

  /** Streams one media file from the archive the user imported (zip or folder), read lazily. */
  openMedia(archiveId: string, archivePath: string): Promise<MediaFile> {
    return this.media.open(archiveId, archivePath);
  }

  close(): void {
    this.media.close();
    this.connections.close();
  }
}
