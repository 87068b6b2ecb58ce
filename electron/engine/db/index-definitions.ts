import type { Database } from 'better-sqlite3';

/** An index by name and its full `CREATE INDEX name ON ...` statement. */
export type IndexDefinitions = Readonly<Record<string, string>>;

const normalised = (sql: string): string => sql.replace(/\s+/g, ' ').trim();

/**
 * Makes each named index exactly as defined: created when missing, rebuilt when the database holds
 * an older definition under the same name (earlier versions created indexes with IF NOT EXISTS, so
 * a changed definition never reached a database imported before the change). For migrations: the
 * definitions a migration passes are frozen with it.
 */
export function defineIndexes(db: Database, indexes: IndexDefinitions): void {
  const existing = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?").pluck();
  for (const [name, sql] of Object.entries(indexes)) {
    const current = existing.get(name) as string | null | undefined;
    if (current !== undefined && current !== null && normalised(current) === normalised(sql)) continue;
    db.exec(`DROP INDEX IF EXISTS "${name}"`);
    db.exec(sql);
  }
}

/** Drops indexes an earlier version created and no version uses any more. */
export function dropIndexes(db: Database, names: readonly string[]): void {
  for (const name of names) db.exec(`DROP INDEX IF EXISTS "${name}"`);
}
