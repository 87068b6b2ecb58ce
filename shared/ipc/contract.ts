/**
 * The whole IPC contract, as types. Main's handlers, the preload's `window.api`, the e2e harness
 * bridge and the renderer's fake bridge are all derived from these two maps, so a renamed channel
 * breaks the type check on every side.
 */
import type { ConversationSummary, ItemDetail, ItemPage, ItemQuery } from '../model/items';
import type { OwnWords } from '../exposure/detectors/own-words';
import type { OwnWordsState } from '../model/own-words';
import type { Overview, VisibilityChange, VisibilitySettings } from '../model/overview';
import type { ImportOutcome, ImportProgress } from '../model/progress';
import type { ArchiveSummary, LibraryEntry } from '../model/summary';
import type { Residence } from '../checklist/rights/residence';
import type { ChecklistView, StepId, StepStatus } from '../checklist/types';
import type { ReportRequest } from '../report/model';
import type { BookmarkImportState, BookmarkMapping, BookmarkPreview } from '../model/bookmarks';
import type { JobFinished, JobProgress, JobStarted } from '../model/jobs';
import type { AccountData } from '../model/account-data';

export interface RequestChannels {
  'library:list': { req: void; res: LibraryEntry[] };
  'archive:summary': { req: { archiveId: string }; res: ArchiveSummary };
  'archive:forget': { req: { archiveId: string }; res: void };
  'dialog:pickArchive': { req: { kind: 'file' | 'folder' }; res: { path: string | null } };
  /** `replace`: the user confirmed a damaged copy may replace a complete import (see ImportOutcome). */
  'import:start': { req: { path: string; replace?: boolean }; res: { jobId: string } };
  'import:cancel': { req: { jobId: string }; res: void };
  'items:query': { req: ItemQuery; res: ItemPage };
  'items:detail': { req: { archiveId: string; itemId: number; revealPrivate?: boolean }; res: ItemDetail };
  /** The ticked items, or every item a query matches except some ("select all", then unticked). */
  'items:exportCsv': {
    req:
      | { archiveId: string; itemIds: number[] }
      | { archiveId: string; matching: ItemQuery; exceptIds: number[] };
    /** The chosen file (null: the user cancelled) and the job writing it. */
    res: { path: string | null; jobId: string | null };
  };
  'overview:get': { req: { archiveId: string }; res: Overview };
  /** What X holds about the person beyond their posts (logins, devices, apps, interests, ...). */
  'account:data': { req: { archiveId: string }; res: AccountData };
  /** The direct-message conversations, for the Browse filter. */
  'items:conversations': { req: { archiveId: string }; res: ConversationSummary[] };
  /**
   * How many messages of each conversation the query's other filters keep (its kinds and conversations
   * set aside); null when none of them narrows the messages, so the conversations' totals hold.
   */
  'items:conversationCounts': { req: ItemQuery; res: Record<string, number> | null };
  'visibility:get': { req: { archiveId: string }; res: VisibilitySettings };
  /** A job: every item is re-classified; its result is the new summary. */
  'visibility:set': { req: { archiveId: string } & VisibilityChange; res: JobStarted };
  /**
   * The words and names the person listed as sensitive for them, per category (kept per account), and
   * which of the account's archives were checked with them.
   */
  'ownWords:get': { req: { archiveId: string }; res: OwnWordsState };
  /** A job: the words are kept for the account and every archive of it is checked again with them. */
  'ownWords:set': { req: { archiveId: string; words: OwnWords }; res: JobStarted };
  /** A job: the archive, waiting for it, is checked again with the account's words. */
  'ownWords:recheck': { req: { archiveId: string }; res: JobStarted };
  'shell:openPost': { req: { url: string }; res: { opened: boolean } };
  'checklist:get': { req: { archiveId: string }; res: ChecklistView };
  'checklist:set': { req: { archiveId: string; stepId: StepId; status: StepStatus }; res: ChecklistView };
  /** The person's answer to "where do you live?", kept per account; null forgets it. */
  'checklist:residence': { req: { archiveId: string; residence: Residence | null }; res: ChecklistView };
  /** Saves the drafted rights letter as a text file or a PDF (the person sends it themselves). */
  'checklist:saveLetter': { req: { archiveId: string; format: 'txt' | 'pdf' }; res: { path: string | null } };
  'report:build': { req: ReportRequest; res: JobStarted };
  'report:savePdf': { req: ReportRequest; res: { path: string | null; jobId: string | null } };
  'report:saveHtml': { req: ReportRequest; res: { path: string | null; jobId: string | null } };
  'report:saveCsv': { req: { archiveId: string }; res: { path: string | null; jobId: string | null } };
  'bookmarks:pickFile': { req: void; res: { path: string | null } };
  'bookmarks:preview': { req: { path: string; mapping?: BookmarkMapping }; res: BookmarkPreview };
  'bookmarks:import': {
    req: { archiveId: string; path: string; mapping: BookmarkMapping };
    res: JobStarted;
  };
  'bookmarks:state': { req: { archiveId: string }; res: BookmarkImportState | null };
  'compare:run': { req: { olderId: string; newerId: string }; res: JobStarted };
  'job:cancel': { req: { jobId: string }; res: void };
}

export interface EventChannels {
  'import:progress': ImportProgress;
  'import:finished': ImportOutcome;
  'job:progress': JobProgress;
  'job:finished': JobFinished;
}

export type RequestChannel = keyof RequestChannels;
export type EventChannel = keyof EventChannels;
export type Req<C extends RequestChannel> = RequestChannels[C]['req'];
export type Res<C extends RequestChannel> = RequestChannels[C]['res'];
