import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { Engine, UserFacingError } from '../../../electron/engine/index';
import { migrate } from '../../../electron/engine/db/migrate';
import { LIBRARY_MIGRATIONS } from '../../../electron/engine/db/migrations/library/index';
import { ARCHIVE_MIGRATIONS } from '../../../electron/engine/db/migrations/archive/index';
import { generateArchive } from '../../fixtures/generator/index';
import { runCli } from '../hostile/run-cli';
import { snapshotTree } from '../hostile/tree-snapshot';

function setUserVersion(path: string, version: number): void {
  const db = new Database(path);
  db.pragma(`user_version = ${version}`);
  db.close();
}

function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{
      name: string;
    }>
  ).map((r) => r.name);
}

describe('schema versions: newer databases are refused, migrations are all or nothing', () => {
  let root: string;
  let zip: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-schema-'));
    zip = (await generateArchive({ out: join(root, 'a.zip'), items: 200, seed: 5, media: false })).path;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function importInto(dataDir: string): Promise<ArchiveSummary> {
    const run = await runCli(['import', zip, '--json', '--data-dir', dataDir]);
    expect(run.code, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as ArchiveSummary;
  }

  it('refuses an archive database from a newer version with a clear message, and leaves it as it is', async () => {
    const dataDir = join(root, 'newer-archive');
    const summary = await importInto(dataDir);
    const dbPath = join(dataDir, 'archives', `${summary.archiveId}.sqlite`);
    setUserVersion(dbPath, ARCHIVE_MIGRATIONS.length + 7);

    const engine = new Engine({ dataDir });
    try {
      expect(engine.listArchives().map((e) => e.archiveId)).toEqual([summary.archiveId]);
      let error: unknown;
      try {
        engine.queryItems({ archiveId: summary.archiveId, limit: 1 });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(UserFacingError);
      expect((error as UserFacingError).code).toBe('NEWER_SCHEMA');
      expect((error as Error).message).toMatch(
        new RegExp(
          `archive ${summary.archiveId} was written by a newer version of X Exposure \\(schema ${ARCHIVE_MIGRATIONS.length + 7}, this version knows ${ARCHIVE_MIGRATIONS.length}\\); update the app`,
        ),
      );
    } finally {
      engine.close();
    }
    const db = new Database(dbPath, { readonly: true });
    expect(userVersion(db)).toBe(ARCHIVE_MIGRATIONS.length + 7);
    db.close();
  });

  it('refuses a library from a newer version, in the engine and in the CLI (one line, no stack)', async () => {
    const dataDir = join(root, 'newer-library');
    await importInto(dataDir);
    setUserVersion(join(dataDir, 'library.sqlite'), LIBRARY_MIGRATIONS.length + 1);

    expect(() => new Engine({ dataDir })).toThrow(/The library was written by a newer version of X Exposure/);
    const run = await runCli(['list', '--data-dir', dataDir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^error: The library was written by a newer version of X Exposure .*update the app to open it\n$/,
    );
    // Importing into it is refused too, before any archive database is written.
    const archivesBefore = snapshotTree(join(dataDir, 'archives'));
    const again = await runCli(['import', zip, '--json', '--data-dir', dataDir]);
    expect(again.code).not.toBe(0);
    expect(snapshotTree(join(dataDir, 'archives'))).toEqual(archivesBefore);
    expect(again.stderr).toMatch(/^error: .*newer version of X Exposure.*\n$/);
    const lib = new Database(join(dataDir, 'library.sqlite'), { readonly: true });
    expect(userVersion(lib)).toBe(LIBRARY_MIGRATIONS.length + 1);
    lib.close();
  });

  it('a migration that fails midway leaves the database at its old version, without half a schema', () => {
    const db = new Database(join(root, 'midway.sqlite'));
    try {
      migrate(db, LIBRARY_MIGRATIONS.slice(0, 1), 'The library');
      expect(userVersion(db)).toBe(1);
      const before = tables(db);
      const failing = [
        ...LIBRARY_MIGRATIONS.slice(0, 1),
        (d: Database.Database) => {
          d.exec('CREATE TABLE half_done (x TEXT) STRICT');
          d.exec(
            "INSERT INTO archives (archive_id, account_id, username, display_name, imported_at, format, source_path, partial, summary) VALUES ('x', '', '', '', '', '', '', 0, '{}')",
          );
          throw new Error('disk full');
        },
        ...LIBRARY_MIGRATIONS.slice(1),
      ];
      expect(() => migrate(db, failing, 'The library')).toThrow('disk full');
      expect(userVersion(db)).toBe(1);
      expect(tables(db)).toEqual(before);
      expect(db.prepare('SELECT COUNT(*) AS n FROM archives').get()).toEqual({ n: 0 });
      // The real migrations still apply afterwards.
      migrate(db, LIBRARY_MIGRATIONS, 'The library');
      expect(userVersion(db)).toBe(LIBRARY_MIGRATIONS.length);
    } finally {
      db.close();
    }
  });
});
