/** The library folders written by released schema versions (tests/fixtures/schema/v<commit>/). */
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { ItemQuery } from '../../../shared/model/items';
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { VisibilitySettings } from '../../../shared/model/overview';
import type { BookmarkImportState } from '../../../shared/model/bookmarks';
import { migrate } from '../../../electron/engine/db/migrate';
import { ARCHIVE_MIGRATIONS } from '../../../electron/engine/db/migrations/archive/index';
import { LIBRARY_MIGRATIONS } from '../../../electron/engine/db/migrations/library/index';

export const FIXTURES_DIR = resolve(__dirname, '../../fixtures/schema');

/** What the version that wrote a fixture answered about it (scripts/make-schema-fixture.ts). */
export interface FixtureExpectations {
  writtenBy: string;
  schema: Record<string, number>;
  archiveId: string;
  accountId: string;
  username: string;
  counts: ArchiveSummary['counts'];
  exposure: ArchiveSummary['exposure'];
  bookmarkImport: BookmarkImportState;
  bookmarkTotal: number;
  progress: Array<{ stepId: string; status: string; updatedAt: string }>;
  deletionList: Array<{ kind: string; sourceId: string }>;
  visibility: VisibilitySettings;
  query: { request: Omit<ItemQuery, 'archiveId'>; total: number; ids: number[] };
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR).filter((n) => /^v[0-9a-f]+$/.test(n));
}

export function readExpectations(name: string): FixtureExpectations {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, name, 'expected.json'), 'utf8')) as FixtureExpectations;
}

/** A copy of the fixture's data folder (the committed files are never opened for writing). */
export function copyFixture(name: string, into = mkdtempSync(join(tmpdir(), `xexp-${name}-`))): string {
  cpSync(join(FIXTURES_DIR, name), into, { recursive: true, filter: (src) => !src.endsWith('.json') });
  return into;
}

/**
 * Tables with their columns, and indexes and full-text tables with their definitions (whitespace
 * aside): what a query can rely on. The text of a table's CREATE statement may differ by version.
 */
export function schemaShape(db: Database.Database): string[] {
  const objects = db
    .prepare(`SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name`)
    .all() as Array<{ type: string; name: string; sql: string | null }>;
  return objects.map(({ type, name, sql }) => {
    if (type !== 'table' || /^CREATE VIRTUAL/i.test(sql ?? '')) return (sql ?? name).replace(/\s+/g, ' ');
    const columns = db
      .prepare(`SELECT name || ' ' || type || ' ' || "notnull" || ' ' || pk FROM pragma_table_info(?)`)
      .pluck()
      .all(name);
    return `table ${name}: ${columns.join(', ')}`;
  });
}

/** The shape a database made from nothing by this version's migrations has. */
export function freshShape(kind: 'library' | 'archive'): string[] {
  const db = new Database(':memory:');
  try {
    migrate(db, kind === 'library' ? LIBRARY_MIGRATIONS : ARCHIVE_MIGRATIONS, `fresh ${kind}`);
    return schemaShape(db);
  } finally {
    db.close();
  }
}
