import type { Database } from 'better-sqlite3';
import { UserFacingError } from '../errors';

/**
 * One schema step; step N moves the database from user_version N to N+1. Each lives in its own file
 * under migrations/archive/ or migrations/library/ and is never edited once released.
 */
export type Migration = (db: Database) => void;

function schemaVersion(db: Database, known: number, what: string): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > known) {
    throw new UserFacingError(
      'NEWER_SCHEMA',
      `${what} was written by a newer version of X Exposure (schema ${current}, this version knows ${known}); update the app to open it`,
    );
  }
  return current;
}

/**
 * Applies the pending migrations, with the user_version bump, in one write transaction. A database
 * written by a newer version of the app is refused.
 *
 * Several processes may open the same new or older database at once (the app and the command line,
 * or several commands): the transaction takes the write lock first (BEGIN IMMEDIATE, waiting up to
 * the connection's busy timeout) and reads the version again under it, so the steps run once, in the
 * process that got the lock first; the others find them done.
 */
export function migrate(db: Database, migrations: readonly Migration[], what: string): void {
  if (schemaVersion(db, migrations.length, what) === migrations.length) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    const current = schemaVersion(db, migrations.length, what);
    for (let v = current; v < migrations.length; v++) migrations[v]!(db);
    if (current < migrations.length) db.pragma(`user_version = ${migrations.length}`);
    db.exec('COMMIT');
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
}
