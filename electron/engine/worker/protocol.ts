/**
 * The one protocol between the engine worker (which owns every SQLite connection, the library and the
 * archives) and whoever drives it: the app's main process, the e2e harness and tests, all through
 * EngineClient (engine-client.ts). Calls are answered once each; jobs report progress and end once.
 */
import type { Engine } from '../engine';
import type { UserFacingErrorCode } from '../errors';
import type { JobArgs, JobEnd, JobKind, JobProgressOf } from '../jobs/job-types';

/**
 * The Engine methods the worker answers, by name; nothing else can be called. The long ones
 * (re-classification, export, bookmark import, compare, the report and its files) are jobs instead (see jobs/runners.ts).
 */
export const ENGINE_CALLS = [
  'listArchives',
  'getSummary',
  'forget',
  'queryItems',
  'getItemDetail',
  'getOverview',
  'getAccountData',
  'getConversations',
  'getConversationCounts',
  'getVisibility',
  'getOwnWords',
  'previewBookmarks',
  'getBookmarkImport',
  'getChecklist',
  'setChecklistStep',
  'setResidence',
  'buildReport',
] as const satisfies ReadonlyArray<keyof Engine>;

export type EngineCall = (typeof ENGINE_CALLS)[number];

/**
 * The calls that classify text (the interests in what X holds, and the report that lists them): the
 * worker loads the language detector before the first of them (see language/detector.ts).
 */
export const DETECTING_CALLS: ReadonlySet<EngineCall> = new Set<EngineCall>([
  'getAccountData',
  'buildReport',
]);

export interface EngineWorkerData {
  dataDir: string;
  /** better-sqlite3's addon built for the host runtime (Electron's ABI in the app); Node's when absent. */
  sqliteNativeBinding?: string;
}

/** A failure as it crosses the thread: a UserFacingError keeps its code, message and file. */
export type WireError =
  | { userFacing: true; code: UserFacingErrorCode; message: string; file?: string }
  | { userFacing: false; message: string };

export type ToEngine =
  | { type: 'call'; id: number; method: EngineCall; args: unknown[] }
  | {
      type: 'job:start';
      jobId: string;
      kind: JobKind;
      args: JobArgs<JobKind>;
      /** One Int32 set to 1 by the owner on cancel, read by jobs that run without yielding. */
      cancelCell: SharedArrayBuffer;
    }
  | { type: 'job:cancel'; jobId: string }
  | { type: 'media:open'; id: number; archiveId: string; archivePath: string }
  | { type: 'media:read'; streamId: number }
  | { type: 'media:close'; streamId: number }
  | { type: 'close' };

export type FromEngine =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: WireError }
  | { type: 'job:progress'; jobId: string; progress: JobProgressOf<JobKind> }
  | { type: 'job:end'; jobId: string; end: JobEnd }
  /** A media file's next bytes; null at its end. */
  | { type: 'media:chunk'; streamId: number; chunk: Uint8Array | null }
  | { type: 'media:error'; streamId: number }
  | { type: 'closed' };
