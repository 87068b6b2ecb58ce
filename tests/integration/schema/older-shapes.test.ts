import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/index';
import { copyFixture, freshShape, readExpectations, schemaShape } from './schema-fixtures';

/**
 * Schema 1 was edited in place while it was the released version, and indexes were created outside
 * the migrations, so databases that claim schema 1 or 2 differ by the version that imported them.
 * Each shape below is one such version's (from the history of db/archive-schema.ts); the migrations
 * must bring every one to the shape a new database has, and its queries must answer as before.
 */
const FIXTURE = 'v33bc953';

/** What the first released version (4b9d791) left after an import. */
const FIRST_RELEASE = `
DROP INDEX items_by_date; DROP INDEX items_by_kind_date; DROP INDEX items_by_level_date; DROP INDEX items_by_flags_date;
CREATE INDEX items_by_date ON items (created_at);
CREATE INDEX items_by_kind_date ON items (kind, created_at);
CREATE INDEX items_by_level_date ON items (level, created_at);
CREATE INDEX items_by_source ON items (source_id);
DROP TABLE items_fts;
CREATE VIRTUAL TABLE items_fts USING fts5(
  text, content='items', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO items_fts (items_fts) VALUES ('rebuild');
`;

/** After a60f43e, before 4945d0f and a99fece: covering date index only, no flags index. */
const BEFORE_FLAGS_INDEX = `
DROP INDEX items_by_kind_date; DROP INDEX items_by_level_date; DROP INDEX items_by_flags_date;
CREATE INDEX items_by_kind_date ON items (kind, created_at);
CREATE INDEX items_by_level_date ON items (level, created_at);
`;

/** Schema 1 without the bookmark-import table (before 93a3074); no export was imported then. */
const SCHEMA_1 = `DROP TABLE bookmark_imports; PRAGMA user_version = 1;`;

const SHAPES: Array<[string, string]> = [
  ['imported by the first release (positions in the search index, narrow indexes)', FIRST_RELEASE],
  ['imported before the flags index', BEFORE_FLAGS_INDEX],
  ['at schema 1, imported by the first release', FIRST_RELEASE + SCHEMA_1],
];

describe.each(SHAPES)('an archive database %s', (_label, sql) => {
  const expected = readExpectations(FIXTURE);
  const archiveId = expected.archiveId;
  let dataDir: string;
  let engine: Engine | null = null;

  afterEach(() => {
    engine?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is brought to the shape of a new one and answers searches and flag filters as before', () => {
    dataDir = copyFixture(FIXTURE);
    const path = join(dataDir, 'archives', `${archiveId}.sqlite`);
    const old = new Database(path);
    old.exec(sql);
    old.close();

    engine = new Engine({ dataDir });
    const page = engine.queryItems({ archiveId, ...expected.query.request });
    expect({ total: page.total, ids: page.rows.map((r) => r.id) }).toEqual({
      total: expected.query.total,
      ids: expected.query.ids,
    });
    expect(engine.queryItems({ archiveId, flags: ['health'], limit: 50 }).total).toBe(
      expected.exposure.flags.health,
    );
    expect(engine.getSummary(archiveId).counts).toEqual(expected.counts);

    const db = new Database(path, { readonly: true });
    try {
      expect(schemaShape(db)).toEqual(freshShape('archive'));
    } finally {
      db.close();
    }
  });
});
