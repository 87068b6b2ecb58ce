import type { Database } from 'better-sqlite3';
import { UserFacingError } from '../errors';

/** One schema step; step N moves the database from user_version N to N+1. */
export type Migration = (db: Database) => void;

/**
 * Applies the pending migrations, each with its user_version bump, inside one transaction.
 * A database written by a newer version of the app is refused.
 */
export function migrate(db: Database, migrations: readonly Migration[], what: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new UserFacingError(
      'NEWER_SCHEMA',
      `${what} was written by a newer version of X Exposure (schema ${current}, this version knows ${migrations.length}); update the app to open it`,
    );
  }
  if (current === migrations.length) return;
  db.transaction(() => {
    for (let v = current; v < migrations.length; v++) migrations[v]!(db);
    db.pragma(`user_version = ${migrations.length}`);
  })();
}
