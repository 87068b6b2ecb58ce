/**
 * The Engine's own SQLite connections, for the checklist's progress table (library) and the account facts
 * it tailors on (archive). Reusing them keeps one writer per database and the app's Electron build of
 * better-sqlite3. EngineCore keeps them protected; TypeScript's bracket access reaches them here, in this
 * one file, and the integration tests run against the real Engine so a rename fails loudly.
 */
import type { Database } from 'better-sqlite3';
import type { VisibilitySettings } from '../../../shared/model/overview';
import type { EngineCore } from '../engine';

/** What the checklist needs from the Engine. */
export type ChecklistEngine = EngineCore & {
  getVisibility(archiveId: string): VisibilitySettings;
};

export function libraryDb(engine: EngineCore): Database {
  return engine['library'];
}

export function archiveDb(engine: EngineCore, archiveId: string): Database {
  return engine['db'](archiveId);
}
