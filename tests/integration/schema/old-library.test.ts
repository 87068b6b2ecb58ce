import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/index';
import { ARCHIVE_MIGRATIONS } from '../../../electron/engine/db/migrations/archive/index';
import { LIBRARY_MIGRATIONS } from '../../../electron/engine/db/migrations/library/index';
import { copyFixture, fixtureNames, freshShape, readExpectations, schemaShape } from './schema-fixtures';

/**
 * Every library folder a released schema version wrote opens in this version with nothing lost:
 * the archive, its counts, the bookmarks imported into it, the checklist progress, the deletion list,
 * the protected-period correction, and the same answer to a search; and both databases end in the
 * shape a new one has.
 */
describe.each(fixtureNames())('a library written by %s', (name) => {
  const expected = readExpectations(name);
  let dataDir: string;
  let engine: Engine;
  const archiveId = expected.archiveId;

  beforeAll(() => {
    dataDir = copyFixture(name);
    engine = new Engine({ dataDir });
  });
  afterAll(() => {
    engine.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists the archive with its counts and exposure', () => {
    expect(engine.listArchives().map((e) => e.archiveId)).toEqual([archiveId]);
    const summary = engine.getSummary(archiveId);
    expect(summary.account).toMatchObject({ accountId: expected.accountId, username: expected.username });
    expect(summary.counts).toEqual(expected.counts);
    expect(summary.exposure).toEqual(expected.exposure);
  });

  it('keeps the imported bookmarks', () => {
    expect(engine.getBookmarkImport(archiveId)).toEqual(expected.bookmarkImport);
    expect(engine.queryItems({ archiveId, kinds: ['bookmark'], limit: 1 }).total).toBe(
      expected.bookmarkTotal,
    );
  });

  it('keeps the checklist progress', () => {
    const steps = engine.getChecklist(archiveId).steps.filter((s) => s.progress.status !== 'todo');
    expect(
      steps.map((s) => ({ stepId: s.step.id, status: s.progress.status, updatedAt: s.progress.updatedAt })),
    ).toEqual(expect.arrayContaining(expected.progress));
    expect(steps).toHaveLength(expected.progress.length);
  });

  it('keeps the protected-period correction', () => {
    // Circle periods came after that version: an old library has none, and its archive no Circle file.
    expect(engine.getVisibility(archiveId)).toEqual({
      ...expected.visibility,
      circleRanges: [],
      archiveMarksCircle: false,
    });
  });

  it('answers the recorded search the same way, and a flag filter that names its index', () => {
    const page = engine.queryItems({ archiveId, ...expected.query.request });
    expect({ total: page.total, ids: page.rows.map((r) => r.id) }).toEqual({
      total: expected.query.total,
      ids: expected.query.ids,
    });
    const flagged = engine.queryItems({ archiveId, flags: ['health'], limit: 50 });
    expect(flagged.total).toBe(expected.exposure.flags.health);
  });

  it('keeps the deletion list', () => {
    const library = new Database(join(dataDir, 'library.sqlite'), { readonly: true });
    try {
      expect(
        library
          .prepare('SELECT kind, source_id AS sourceId FROM deletion_list ORDER BY kind, source_id')
          .all(),
      ).toEqual(expected.deletionList);
    } finally {
      library.close();
    }
  });

  it('leaves both databases at this version, in the shape a new one has', () => {
    const library = new Database(join(dataDir, 'library.sqlite'), { readonly: true });
    const archive = new Database(join(dataDir, 'archives', `${archiveId}.sqlite`), { readonly: true });
    try {
      expect(library.pragma('user_version', { simple: true })).toBe(LIBRARY_MIGRATIONS.length);
      expect(archive.pragma('user_version', { simple: true })).toBe(ARCHIVE_MIGRATIONS.length);
      expect(schemaShape(library)).toEqual(freshShape('library'));
      expect(schemaShape(archive)).toEqual(freshShape('archive'));
    } finally {
      library.close();
      archive.close();
    }
  });
});
