/**
 * One implementation of every request channel, shared by Electron's main process and the e2e harness.
 * Input arrives as `unknown` and is validated against `requestSchemas` before any engine call.
 */
import type { Req, RequestChannel, Res } from '../../../shared/ipc/contract';
import { toSafeXUrl } from '../../../shared/format/post-url';
import { UserFacingError } from '../index';
import { describeForUser } from '../errors';
import type { EngineJobs, RemoteEngine } from '../worker/engine-client';
import { createReportHandlers } from '../report/handlers';
import { createBookmarkHandlers } from '../bookmarks/handlers';
import { createCompareHandlers } from '../compare/handlers';
import type { Host } from './host';
import { requestSchemas } from './schemas';

export type RequestHandlers = { [C in RequestChannel]: (req: Req<C>) => Promise<Res<C>> | Res<C> };

export interface HandlerDeps {
  /** The engine worker's calls. */
  engine: RemoteEngine;
  /** Its jobs. */
  jobs: EngineJobs;
  /** What stays in the shell: dialogs, the system browser, printing. */
  host: Host;
}

export function createRequestHandlers({ engine, jobs, host }: HandlerDeps): RequestHandlers {
  return {
    'library:list': () => engine.listArchives(),
    'archive:summary': ({ archiveId }) => engine.getSummary(archiveId),
    'archive:forget': ({ archiveId }) => engine.forget(archiveId),
    'dialog:pickArchive': async ({ kind }) => ({ path: await host.pickArchive(kind) }),
    'import:start': ({ path, replace }) => ({
      jobId: jobs.startJob('import', { path, ...(replace ? { replace } : {}) }),
    }),
    'import:cancel': ({ jobId }) => jobs.cancelJob(jobId),
    'items:query': (query) => engine.queryItems(query),
    'items:detail': ({ archiveId, itemId, revealPrivate }) =>
      engine.getItemDetail(archiveId, itemId, revealPrivate ?? false),
    'items:exportCsv': async (req) => {
      const path = await host.pickSavePath({
        defaultName: 'x-deletion-list.csv',
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      });
      if (!path) return { path: null, jobId: null };
      const items =
        'itemIds' in req ? { itemIds: req.itemIds } : { matching: req.matching, exceptIds: req.exceptIds };
      return {
        path,
        jobId: jobs.startJob('export', { archiveId: req.archiveId, items, path, deletionList: true }),
      };
    },
    'overview:get': ({ archiveId }) => engine.getOverview(archiveId),
    'account:data': ({ archiveId }) => engine.getAccountData(archiveId),
    'items:conversations': ({ archiveId }) => engine.getConversations(archiveId),
    'items:conversationCounts': (q) => engine.getConversationCounts(q),
    'visibility:get': ({ archiveId }) => engine.getVisibility(archiveId),
    'visibility:set': (req) => ({
      jobId: jobs.startJob('visibility', req),
    }),
    'ownWords:get': ({ archiveId }) => engine.getOwnWords(archiveId),
    'ownWords:set': ({ archiveId, words }) => ({ jobId: jobs.startJob('ownWords', { archiveId, words }) }),
    'ownWords:recheck': ({ archiveId }) => ({ jobId: jobs.startJob('ownWords', { archiveId }) }),
    'job:cancel': ({ jobId }) => jobs.cancelJob(jobId),
    'shell:openPost': async ({ url }) => {
      const safe = toSafeXUrl(url);
      if (!safe)
        throw new UserFacingError(
          'BAD_INPUT',
          'Only links to posts and settings pages on x.com can be opened.',
        );
      await host.openExternal(safe);
      return { opened: true };
    },
    ...createReportHandlers({ engine, jobs, host }),
    ...createBookmarkHandlers({ engine, jobs, host }),
    ...createCompareHandlers({ jobs }),
  };
}

/** Thrown to the renderer: a message written for a person, never a stack trace. */
export class RequestError extends Error {}

/** Validates `input` for `channel` and runs its handler. Any failure becomes a RequestError with a readable message. */
export async function dispatchRequest(
  handlers: RequestHandlers,
  channel: string,
  input: unknown,
): Promise<unknown> {
  if (!Object.hasOwn(requestSchemas, channel)) throw new RequestError(`Unknown request: ${channel}`);
  const known = channel as RequestChannel;
  const parsed = requestSchemas[known].safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new RequestError(`Invalid request for ${channel}: ${first ? first.message : 'bad input'}`);
  }
  try {
    const handler = handlers[known] as (req: unknown) => unknown;
    return await handler(parsed.data);
  } catch (error) {
    if (error instanceof UserFacingError) throw new RequestError(describeForUser(error));
    throw new RequestError('Something went wrong inside X Exposure. Your library was not changed.');
  }
}
