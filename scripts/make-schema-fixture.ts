/**
 * `node --import tsx scripts/make-schema-fixture.ts --out tests/fixtures/schema/v<commit>`
 *
 * Writes a small library folder with THIS version's code, for the migration test
 * (tests/integration/schema/old-library.test.ts): a library database and one archive database holding
 * an imported synthetic archive, a bookmark export merged in, checklist progress, a deletion list and a
 * protected-period correction, plus `expected.json`: what this version answers about them (counts,
 * bookmarks, progress, deletion list, visibility, a search), which every later version must still
 * answer. The databases are checkpointed: each .sqlite file is complete without -wal/-shm files.
 *
 * Run it once per released schema version, BEFORE the schema changes, from a checkout of the last
 * commit with the old schema, and commit the folder it writes (README, "Schema changes"). When a later
 * version renames an engine call used here, update this script, never an older fixture.
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { generateArchive } from '../tests/fixtures/generator/index';
import { makeBookmarks, writeCsv } from '../tests/integration/bookmarks/bookmark-files';
import { Engine, importArchive } from '../electron/engine/index';
import { prepareClassifying } from '../electron/engine/classification/prepare';
import type { ItemQuery } from '../shared/model/items';
import type { ProtectedRange } from '../shared/model/overview';
import type { StepId, StepStatus } from '../shared/checklist/types';

const SETUP = {
  items: 400,
  seed: 33,
  bookmarks: 12,
  progress: [
    ['grokDataSharing', 'done'],
    ['protectPosts', 'skipped'],
  ] as ReadonlyArray<readonly [StepId, StepStatus]>,
  progressAt: '2026-12-01T10:00:00.000Z',
  deletionListItems: 5,
  protectedRanges: [{ from: '2019-01-01', to: '2020-06-30' }] as ProtectedRange[],
};

/** A query whose answer is recorded: a search under a kind filter, second page. */
const QUERY: Omit<ItemQuery, 'archiveId'> = {
  text: 'gardening',
  kinds: ['post', 'bookmark'],
  sort: 'dateDesc',
  offset: 3,
  limit: 10,
};

const log = (line: string): void => void process.stderr.write(line + '\n');

/** Folds the WAL into the main file; closing the last connection then removes -wal and -shm. */
function checkpoint(path: string): void {
  const db = new Database(path);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** The schema version in the file's header (bytes 60-63), read without opening it as a database. */
function userVersion(path: string): number {
  return readFileSync(path).readUInt32BE(60);
}

/** Sets up the library with the engine and returns what it answers about it. */
async function buildLibrary(work: string, dataDir: string): Promise<Record<string, unknown>> {
  const generated = await generateArchive({
    out: join(work, 'archive.zip'),
    items: SETUP.items,
    seed: SETUP.seed,
    media: false,
  });
  const { archiveId } = await importArchive(generated.path, { dataDir });
  // Importing bookmarks and a protected period re-classify: the detector loads first, as in the app.
  await prepareClassifying();
  const engine = new Engine({ dataDir });
  try {
    const bookmarksCsv = join(work, 'bookmarks.csv');
    writeCsv(bookmarksCsv, makeBookmarks(1, SETUP.bookmarks));
    engine.importBookmarks(archiveId, bookmarksCsv);

    const now = new Date(SETUP.progressAt);
    for (const [stepId, status] of SETUP.progress) engine.setChecklistStep(archiveId, stepId, status, now);

    const listed = engine
      .queryItems({ archiveId, kinds: ['post'], sort: 'dateAsc', limit: SETUP.deletionListItems })
      .rows.map((r) => r.id);
    // At 33bc953 the items CSV export is what records the deletion list.
    engine.exportItemsCsv(archiveId, listed, join(work, 'deletion-list.csv'));

    engine.setVisibility(archiveId, { ranges: SETUP.protectedRanges });

    const summary = engine.getSummary(archiveId);
    const query = { archiveId, ...QUERY };
    const page = engine.queryItems(query);
    const library = new Database(join(dataDir, 'library.sqlite'), { readonly: true });
    try {
      return {
        archiveId,
        accountId: summary.account.accountId,
        username: summary.account.username,
        counts: summary.counts,
        exposure: summary.exposure,
        bookmarkImport: engine.getBookmarkImport(archiveId),
        bookmarkTotal: engine.queryItems({ archiveId, kinds: ['bookmark'], limit: 1 }).total,
        progress: library
          .prepare(
            'SELECT step_id AS stepId, status, updated_at AS updatedAt FROM checklist_progress ORDER BY 1',
          )
          .all(),
        deletionList: library
          .prepare('SELECT kind, source_id AS sourceId FROM deletion_list ORDER BY kind, source_id')
          .all(),
        visibility: engine.getVisibility(archiveId),
        query: { request: QUERY, total: page.total, ids: page.rows.map((r) => r.id) },
      };
    } finally {
      library.close();
    }
  } finally {
    engine.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  if (!values.out) throw new Error('--out FOLDER is required (e.g. tests/fixtures/schema/v<commit>)');
  const out = resolve(values.out);
  const work = mkdtempSync(join(tmpdir(), 'xexp-schema-fixture-'));
  try {
    const dataDir = join(work, 'data');
    const answers = await buildLibrary(work, dataDir);
    mkdirSync(out, { recursive: true });
    // The data folder's own layout (library.sqlite, archives/<id>.sqlite), so a test opens a copy as is.
    const files = ['library.sqlite', ...readdirSync(join(dataDir, 'archives')).map((n) => `archives/${n}`)];
    if (files.some((f) => !f.endsWith('.sqlite'))) throw new Error(`unexpected files: ${files.join(', ')}`);
    mkdirSync(join(out, 'archives'), { recursive: true });
    for (const name of files) {
      checkpoint(join(dataDir, name));
      copyFileSync(join(dataDir, name), join(out, name));
    }
    const expected = {
      writtenBy: execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
      schema: Object.fromEntries(files.map((f) => [f, userVersion(join(out, f))])),
      ...answers,
    };
    writeFileSync(join(out, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
    const bytes = files.reduce((n, f) => n + statSync(join(out, f)).size, 0);
    log(`wrote ${out}: ${files.join(', ')} (${Math.round(bytes / 1024)} KiB)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
