import type { Database } from 'better-sqlite3';

/** Per bulk-loaded connection: the statements of the indexes dropped for the load. */
const deferred = new WeakMap<Database, string[]>();

/**
 * Before a bulk load into a new database: drops its secondary indexes (as the migrations defined
 * them), keeping their statements, so the load does not maintain them row by row; building an index
 * once after the load is several times faster. Constraint indexes (UNIQUE, PRIMARY KEY) stay.
 */
export function deferIndexes(db: Database): void {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
    .all() as Array<{ name: string; sql: string }>;
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  deferred.set(db, [...(deferred.get(db) ?? []), ...indexes.map((i) => i.sql)]);
}

/** After the bulk load: builds the indexes `deferIndexes` dropped, from their own statements. */
export function restoreDeferredIndexes(db: Database): void {
  for (const sql of deferred.get(db) ?? []) db.exec(sql);
  deferred.delete(db);
}
