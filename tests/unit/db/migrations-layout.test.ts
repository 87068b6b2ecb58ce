import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Migration } from '../../../electron/engine/db/migrate';
import { ARCHIVE_MIGRATIONS } from '../../../electron/engine/db/migrations/archive/index';
import { LIBRARY_MIGRATIONS } from '../../../electron/engine/db/migrations/library/index';
import { SEARCH_TOKENIZER } from '../../../electron/engine/db/archive-schema';
import { migrate } from '../../../electron/engine/db/migrate';

const MIGRATIONS_DIR = resolve(__dirname, '../../../electron/engine/db/migrations');

describe.each([
  ['archive', ARCHIVE_MIGRATIONS],
  ['library', LIBRARY_MIGRATIONS],
] as const)('the %s migrations', (folder, registered) => {
  const files = readdirSync(join(MIGRATIONS_DIR, folder))
    .filter((f) => f !== 'index.ts')
    .sort();

  it('are files named NNN-what.ts, numbered from 001 without gaps', () => {
    for (const f of files) expect(f).toMatch(/^\d{3}-[a-z0-9]+(?:-[a-z0-9]+)*\.ts$/);
    expect(files.map((f) => Number(f.slice(0, 3)))).toEqual(files.map((_, i) => i + 1));
  });

  it('are each registered once, in the order of their numbers', async () => {
    const modules = await Promise.all(
      files.map(
        async (f) => ((await import(join(MIGRATIONS_DIR, folder, f))) as { migration: Migration }).migration,
      ),
    );
    expect(registered).toHaveLength(modules.length);
    modules.forEach((m, i) => expect(registered[i]).toBe(m));
  });
});

describe('the search index', () => {
  it('cuts words with the tokenizer the queries fold words with', () => {
    const db = new Database(':memory:');
    migrate(db, ARCHIVE_MIGRATIONS, 'test archive');
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'items_fts'").pluck().get() as string;
    db.close();
    expect(sql).toContain(`tokenize='${SEARCH_TOKENIZER}'`);
  });
});
