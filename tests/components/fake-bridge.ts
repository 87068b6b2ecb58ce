/**
 * A typed fake of `window.api` for component tests: `buildApi` over an in-memory Transport, with one
 * handler per request channel of the contract (a renamed or added channel breaks this file's types).
 */
import { buildApi, type Api, type Transport } from '../../shared/ipc/api';
import type { EventChannel, EventChannels, Req, RequestChannel, Res } from '../../shared/ipc/contract';
import {
  makeDetail,
  makeLibraryEntry,
  makeOverview,
  makeOwnWordsState,
  makeSummary,
  makeVisibility,
} from './fixtures';
import { FakeItemStore } from './fake-items';
import { makeChecklistView, makeReportModel } from './report/fixtures';
import { makeBookmarkImportResult, makeBookmarkPreview } from './compare/bookmark-fixtures';
import { makeComparison } from './compare/compare-fixtures';
import type { JobKind, JobResults, JobStarted } from '../../shared/model/jobs';
import { makeAccountData } from './held/held-fixtures';

export type Handlers = { [C in RequestChannel]: (req: Req<C>) => Res<C> | Promise<Res<C>> };

export interface FakeBridge {
  /**
   * Answers a job's start: a job id now, its end (done with `result()`, or an error when it throws)
   * as a `job:finished` event on the next turn, as the engine does.
   */
  job<K extends JobKind>(kind: K, result: () => JobResults[K]): JobStarted;
  api: Api;
  items: FakeItemStore;
  /** Every request, in order. */
  calls: Array<{ channel: RequestChannel; req: unknown }>;
  callsTo<C extends RequestChannel>(channel: C): Array<Req<C>>;
  lastCall<C extends RequestChannel>(channel: C): Req<C> | undefined;
  handle<C extends RequestChannel>(channel: C, handler: Handlers[C]): void;
  emit<C extends EventChannel>(channel: C, payload: EventChannels[C]): void;
  listenerCount(channel: EventChannel): number;
}

export function createFakeBridge(items = new FakeItemStore()): FakeBridge {
  const summary = makeSummary();
  let jobs = 0;
  const job = <K extends JobKind>(kind: K, result: () => JobResults[K]): JobStarted => {
    const jobId = `fake-job-${++jobs}`;
    setTimeout(() => {
      let payload: EventChannels['job:finished'];
      try {
        payload = { jobId, kind, outcome: 'done', result: result() } as EventChannels['job:finished'];
      } catch (e) {
        payload = { jobId, kind, outcome: 'error', message: (e as Error).message };
      }
      for (const listener of listeners.get('job:finished') ?? []) listener(payload);
    }, 0);
    return { jobId };
  };
  const handlers: Handlers = {
    'library:list': () => [makeLibraryEntry()],
    'archive:summary': () => summary,
    'archive:forget': () => undefined,
    'dialog:pickArchive': () => ({ path: '/home/me/twitter-2026-07-25-abc.zip' }),
    'import:start': () => ({ jobId: 'job-1' }),
    'import:cancel': () => undefined,
    'items:query': (q) => items.query(q),
    'items:conversations': () => items.conversations(),
    'items:conversationCounts': (q) => items.conversationCounts(q),
    'items:detail': ({ itemId, revealPrivate }) =>
      items.detail(itemId, revealPrivate ?? false) ?? makeDetail(),
    'items:exportCsv': (req) => {
      const path = '/home/me/x-deletion-list.csv';
      const rows =
        'itemIds' in req
          ? req.itemIds.length
          : items.query({ ...req.matching, offset: 0, limit: Infinity }).total - req.exceptIds.length;
      return { path, ...job('export', () => ({ path, rows })) };
    },
    'overview:get': () => makeOverview(),
    'account:data': () => makeAccountData(),
    'visibility:get': () => makeVisibility(),
    'visibility:set': () => job('visibility', () => summary),
    'ownWords:get': ({ archiveId }) => makeOwnWordsState(archiveId),
    'ownWords:set': ({ archiveId, words }) =>
      job('ownWords', () => ({ ...makeOwnWordsState(archiveId, words), summary, rechecked: [archiveId] })),
    'ownWords:recheck': ({ archiveId }) =>
      job('ownWords', () => ({ ...makeOwnWordsState(archiveId), summary, rechecked: [archiveId] })),
    'shell:openPost': () => ({ opened: true }),
    'checklist:get': () => makeChecklistView(),
    'checklist:set': () => makeChecklistView(),
    'checklist:residence': ({ residence }) => makeChecklistView({ residence }),
    'checklist:saveLetter': ({ format }) => ({ path: `/home/me/x-exposure-letter.${format}` }),
    'report:build': ({ redactText, paper }) => job('report', () => makeReportModel({ redactText, paper })),
    'report:savePdf': () => {
      const path = '/home/me/x-exposure-report.pdf';
      return { path, ...job('reportFile', () => ({ path })) };
    },
    'report:saveHtml': () => {
      const path = '/home/me/x-exposure-report.html';
      return { path, ...job('reportFile', () => ({ path })) };
    },
    'report:saveCsv': () => {
      const path = '/home/me/x-exposure-items.csv';
      return { path, ...job('export', () => ({ path, rows: 440 })) };
    },
    'bookmarks:pickFile': () => ({ path: '/home/me/bookmarks.csv' }),
    'bookmarks:preview': ({ path, mapping }) => makeBookmarkPreview(path, mapping),
    'bookmarks:import': ({ mapping }) =>
      job('bookmarkImport', () => makeBookmarkImportResult(summary, mapping)),
    'bookmarks:state': () => null,
    'compare:run': ({ olderId, newerId }) => job('compare', () => makeComparison(olderId, newerId)),
    'job:cancel': () => undefined,
  };
  const calls: FakeBridge['calls'] = [];
  const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();

  const transport: Transport = {
    async invoke(channel, req) {
      calls.push({ channel, req });
      const handler = handlers[channel] as (req: unknown) => unknown;
      return handler(req);
    },
    subscribe(channel, listener) {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  };

  return {
    job,
    api: buildApi(transport, { pathForDroppedFile: (file) => (file as { path?: string }).path ?? null }),
    items,
    calls,
    callsTo: <C extends RequestChannel>(channel: C) =>
      calls.filter((c) => c.channel === channel).map((c) => c.req as Req<C>),
    lastCall: <C extends RequestChannel>(channel: C) =>
      calls
        .filter((c) => c.channel === channel)
        .map((c) => c.req as Req<C>)
        .pop(),
    handle: (channel, handler) => {
      (handlers as Record<RequestChannel, unknown>)[channel] = handler;
    },
    emit: (channel, payload) => {
      for (const listener of listeners.get(channel) ?? []) listener(payload);
    },
    listenerCount: (channel) => listeners.get(channel)?.size ?? 0,
  };
}

/** Installs the fake as `window.api` (the property is read-only in the app's typing). */
export function installFakeBridge(bridge: FakeBridge): void {
  Object.defineProperty(window, 'api', { value: bridge.api, configurable: true, writable: false });
}
