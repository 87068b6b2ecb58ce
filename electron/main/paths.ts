/** Where the app keeps its data and finds its parts. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The better-sqlite3 addon built for Electron's ABI by `npm run rebuild:electron`, kept apart from Node's. */
export function electronSqliteBinding(
  appRoot: string,
  electronVersion: string | undefined,
): string | undefined {
  if (!electronVersion) return undefined;
  const path = join(appRoot, '.electron-sqlite', electronVersion, 'better_sqlite3.node');
  return existsSync(path) ? path : undefined;
}
