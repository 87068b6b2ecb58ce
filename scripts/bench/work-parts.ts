/**
 * What an import must do besides the floor, each part alone on one thread, in CPU seconds, measured
 * on the database the import wrote:
 * - storing: every row of every table written again from memory into a new database opened as an
 *   import opens it (its secondary indexes dropped, rows inserted several per statement), then the
 *   indexes and the full-text index built, as the import builds them;
 * - classifying: every item run through the exposure model once, as the classification worker does.
 * With the floor they bound the import's CPU time from below: however the work is split among
 * threads, import / floor (CPU) cannot go below (floor + storing + classifying) / floor unless storing
 * or classifying get cheaper. Reading the rows and inputs into memory is not counted.
 *
 * `npm run bench` runs it in a child process (the rows of a million items take a few hundred MB).
 * Alone: `node --import tsx scripts/bench/work-parts.ts --db <archive.sqlite> [--json]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Database } from 'better-sqlite3';
import { openBulkDatabase, openDatabase } from '../../electron/engine/db/open';
import { migrate } from '../../electron/engine/db/migrate';
import { ARCHIVE_MIGRATIONS } from '../../electron/engine/db/migrations/archive/index';
import { deferIndexes, restoreDeferredIndexes } from '../../electron/engine/db/bulk-indexes';
import { RowBatch } from '../../electron/engine/db/row-batch';
import { rebuildFts } from '../../electron/engine/postpass/finalise';
import { META, getMeta } from '../../electron/engine/db/meta';
import { prepareClassifying } from '../../electron/engine/classification/prepare';
import { archiveClassifyContext } from '../../electron/engine/classification/context';
import { storedUserRanges } from '../../electron/engine/classification/user-ranges';
import { classifyInputOfRow, selectInputBatch } from '../../electron/engine/classification/stored-input';
import { classificationColumns } from '../../electron/engine/classification/stored-columns';
import { ReasonKeys } from '../../electron/engine/classification/reasons';
import { classifyItem } from '../../shared/exposure/classify';
import type { ClassifyInput } from '../../shared/exposure/types';
import type { ArchiveSummary } from '../../shared/model/summary';
import { round } from './stats';

export interface WorkParts {
  rows: number;
  items: number;
  storeCpuSeconds: number;
  classifyCpuSeconds: number;
}

const cpuSecondsSince = (start: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1e6;
};

interface TableRows {
  name: string;
  columns: string[];
  rows: unknown[][];
}

/** Every ordinary table's rows (the full-text index's own tables are built, not copied). */
function readTables(db: Database): TableRows[] {
  const names = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE 'items_fts%' ORDER BY rowid`,
    )
    .pluck()
    .all() as string[];
  return names.map((name) => {
    const select = db.prepare(`SELECT * FROM "${name}"`).raw();
    return { name, columns: select.columns().map((c) => c.name), rows: select.all() as unknown[][] };
  });
}

function measureStore(tables: readonly TableRows[]): number {
  const dir = mkdtempSync(join(tmpdir(), 'xexp-store-floor-'));
  try {
    const db = openBulkDatabase(join(dir, 'store.sqlite'));
    migrate(db, ARCHIVE_MIGRATIONS, 'The store floor database');
    deferIndexes(db);
    // Migrations may leave rows of their own (meta): the copy replaces them.
    for (const t of tables) db.exec(`DELETE FROM "${t.name}"`);
    const start = process.cpuUsage();
    db.exec('BEGIN');
    for (const t of tables) {
      const batch = new RowBatch(db, `"${t.name}"`, t.columns);
      for (const row of t.rows) batch.add(...row);
      batch.flush();
    }
    db.exec('COMMIT');
    restoreDeferredIndexes(db);
    rebuildFts(db);
    const seconds = cpuSecondsSince(start);
    db.close();
    return seconds;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measureClassify(db: Database): Promise<{ items: number; seconds: number }> {
  await prepareClassifying();
  const asOf = getMeta<string>(db, META.asOf) ?? new Date().toISOString();
  const owner = getMeta<ArchiveSummary>(db, META.summary)?.account.accountId || null;
  const ctx = archiveClassifyContext(db, storedUserRanges(db), asOf);
  const inputs: ClassifyInput[] = [];
  for (let after = 0; ;) {
    const rows = selectInputBatch(db, owner, after, 10_000);
    if (rows.length === 0) break;
    for (const r of rows) inputs.push(classifyInputOfRow(r));
    after = rows[rows.length - 1]!.id;
  }
  const keys = new ReasonKeys();
  const start = process.cpuUsage();
  for (const input of inputs) {
    const c = classifyItem(input, ctx);
    classificationColumns(c, keys.key(c));
  }
  return { items: inputs.length, seconds: cpuSecondsSince(start) };
}

export async function measureWorkParts(dbPath: string): Promise<WorkParts> {
  const db = openDatabase(dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = readTables(db);
    const storeCpuSeconds = measureStore(tables);
    const classified = await measureClassify(db);
    return {
      rows: tables.reduce((n, t) => n + t.rows.length, 0),
      items: classified.items,
      storeCpuSeconds: round(storeCpuSeconds),
      classifyCpuSeconds: round(classified.seconds),
    };
  } finally {
    db.close();
  }
}

/** Runs the measurement in a fresh process, so that the rows it holds stay out of the caller's memory. */
export function runWorkParts(dbPath: string): WorkParts {
  const script = fileURLToPath(import.meta.url);
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=8192', '--import', 'tsx', script, '--db', dbPath, '--json'],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (run.status !== 0) throw new Error(`the work parts measurement failed: ${run.stderr.trim()}`);
  return JSON.parse(run.stdout) as WorkParts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { db: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  if (!values.db) throw new Error('--db <archive.sqlite> is required');
  const parts = await measureWorkParts(values.db);
  process.stdout.write(values.json ? JSON.stringify(parts) + '\n' : `${JSON.stringify(parts, null, 2)}\n`);
}
