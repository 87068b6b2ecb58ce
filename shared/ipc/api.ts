/**
 * `window.api`: named functions derived from the contract. The preload, the e2e bridge and the
 * renderer's fake all build their object from these two tables, nothing else.
 */
import type { EventChannel, EventChannels, Req, RequestChannel, Res } from './contract';

export const REQUEST_METHODS = {
  listLibrary: 'library:list',
  getSummary: 'archive:summary',
  forgetArchive: 'archive:forget',
  pickArchive: 'dialog:pickArchive',
  startImport: 'import:start',
  cancelImport: 'import:cancel',
  queryItems: 'items:query',
  getItemDetail: 'items:detail',
  exportItemsCsv: 'items:exportCsv',
  getOverview: 'overview:get',
  getAccountData: 'account:data',
  getConversations: 'items:conversations',
  getConversationCounts: 'items:conversationCounts',
  getVisibility: 'visibility:get',
  setVisibility: 'visibility:set',
  getOwnWords: 'ownWords:get',
  setOwnWords: 'ownWords:set',
  recheckOwnWords: 'ownWords:recheck',
  openPost: 'shell:openPost',
  getChecklist: 'checklist:get',
  setChecklistStep: 'checklist:set',
  setResidence: 'checklist:residence',
  saveRightsLetter: 'checklist:saveLetter',
  buildReport: 'report:build',
  saveReportPdf: 'report:savePdf',
  saveReportHtml: 'report:saveHtml',
  saveItemsCsv: 'report:saveCsv',
  pickBookmarkFile: 'bookmarks:pickFile',
  previewBookmarks: 'bookmarks:preview',
  importBookmarks: 'bookmarks:import',
  getBookmarkImport: 'bookmarks:state',
  compareArchives: 'compare:run',
  cancelJob: 'job:cancel',
} as const satisfies Record<string, RequestChannel>;

export const EVENT_METHODS = {
  onImportProgress: 'import:progress',
  onImportFinished: 'import:finished',
  onJobProgress: 'job:progress',
  onJobFinished: 'job:finished',
} as const satisfies Record<string, EventChannel>;

type RequestMethods = typeof REQUEST_METHODS;
type EventMethods = typeof EVENT_METHODS;

export type RequestFn<C extends RequestChannel> = [Req<C>] extends [void]
  ? () => Promise<Res<C>>
  : (req: Req<C>) => Promise<Res<C>>;

export type Unsubscribe = () => void;

/** Functions the shell answers locally, without a request to the engine. */
export interface LocalApi {
  /** The file-system path of a file dropped on the window (a DOM `File`); null where the shell has none. */
  pathForDroppedFile(file: unknown): string | null;
}

export type Api = {
  [M in keyof RequestMethods]: RequestFn<RequestMethods[M]>;
} & {
  [M in keyof EventMethods]: (listener: (payload: EventChannels[EventMethods[M]]) => void) => Unsubscribe;
} & LocalApi;

/** Builds an `Api` from a transport: used by the preload (ipcRenderer), the e2e bridge (fetch) and tests. */
export interface Transport {
  invoke(channel: RequestChannel, req: unknown): Promise<unknown>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): Unsubscribe;
}

export function buildApi(transport: Transport, local: LocalApi): Api {
  const api: Record<string, unknown> = { ...local };
  for (const [name, channel] of Object.entries(REQUEST_METHODS)) {
    api[name] = (req?: unknown) => transport.invoke(channel, req);
  }
  for (const [name, channel] of Object.entries(EVENT_METHODS)) {
    api[name] = (listener: (payload: unknown) => void) => transport.subscribe(channel, listener);
  }
  return Object.freeze(api) as unknown as Api;
}
