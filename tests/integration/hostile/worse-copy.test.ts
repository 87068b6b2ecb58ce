import { mkdtempSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { baseFiles, BASE_COUNTS } from '../../fixtures/hostile/base-archive';
import { writeFolder, writeZip } from '../../fixtures/hostile/write-input';
import { runCli } from './run-cli';
import { jobEvents } from '../../../electron/engine/jobs/job-events';
import { startEngine } from '../../../electron/engine/worker/engine-client';
import type { ImportOutcome } from '../../../shared/model/progress';
import { sha256File } from './tree-snapshot';

/** The library's row for the archive: partial flag and the summary as stored. */
function libraryRow(dataDir: string): { partial: number; summary: string } {
  const db = new Database(join(dataDir, 'library.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT partial, summary FROM archives').get() as { partial: number; summary: string };
  } finally {
    db.close();
  }
}

/**
 * Re-importing a damaged copy of an archive the library holds complete: the complete import is kept
 * and the user told so, unless they confirm the replacement (--replace).
 */
describe('a worse copy never silently replaces a better one', () => {
  let root: string;
  let dataDir: string;
  let good: string;
  let archiveId: string;

  const cli = (...args: string[]) => runCli([...args, '--data-dir', dataDir], { timeoutMs: 60_000 });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-worse-'));
    dataDir = join(root, 'data');
    good = writeFolder(join(root, 'good'), baseFiles());
    const run = await cli('import', good, '--json');
    expect(run.code, run.stderr).toBe(0);
    archiveId = (JSON.parse(run.stdout) as ArchiveSummary).archiveId;
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** Damaged copies of the same archive (same account, same generation date: the same identity). */
  const DAMAGED: Array<[string, (dir: string) => string]> = [
    [
      'a zip with one corrupt entry',
      (dir) =>
        writeZip(join(dir, 'damaged.zip'), baseFiles(), (entries) =>
          entries.map((e) =>
            e.name === 'data/tweets.js' ? { ...e, raw: Buffer.from('this is not deflate data at all') } : e,
          ),
        ),
    ],
    [
      'a folder whose tweets file is a symbolic link',
      (dir) => {
        const folder = writeFolder(join(dir, 'linked'), baseFiles());
        unlinkSync(join(folder, 'data', 'tweets.js'));
        symlinkSync(join(good, 'data', 'tweets.js'), join(folder, 'data', 'tweets.js'));
        return folder;
      },
    ],
  ];

  it.each(DAMAGED)('%s is refused (exit 3) and the complete import kept as it was', async (_name, build) => {
    const before = {
      row: libraryRow(dataDir),
      db: sha256File(join(dataDir, 'archives', `${archiveId}.sqlite`)),
    };
    expect(before.row.partial).toBe(0);
    const input = build(mkdtempSync(join(root, 'case-')));
    const run = await cli('import', input);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/could not be read completely \(1 file damaged or unreadable\)/);
    expect(run.stderr).toMatch(/holds a complete import of the same archive .*the complete one was kept/);
    expect(run.stderr).toMatch(/run again with --replace/);
    expect(libraryRow(dataDir)).toEqual(before.row);
    expect(sha256File(join(dataDir, 'archives', `${archiveId}.sqlite`))).toBe(before.db);
  });

  it('replaces it when confirmed (--replace), and a complete copy then replaces the partial one', async () => {
    const input = DAMAGED[0]![1](mkdtempSync(join(root, 'confirm-')));
    const replaced = await cli('import', input, '--replace', '--json');
    expect(replaced.code, replaced.stderr).toBe(0);
    const partial = JSON.parse(replaced.stdout) as ArchiveSummary;
    expect(partial.archiveId).toBe(archiveId);
    expect(partial.partial).toBe(true);
    expect(partial.counts.posts).toBe(0);
    expect(libraryRow(dataDir).partial).toBe(1);

    // A partial import over a partial one, and a complete one over either, need no confirmation.
    expect((await cli('import', input, '--json')).code).toBe(0);
    const restored = await cli('import', good, '--json');
    expect(restored.code, restored.stderr).toBe(0);
    expect((JSON.parse(restored.stdout) as ArchiveSummary).counts.posts).toBe(BASE_COUNTS.posts);
    expect(libraryRow(dataDir).partial).toBe(0);
  });

  it('in the app, the import job says the copy can replace the kept one, and replaces it when asked', async () => {
    const appData = join(root, 'app-data');
    expect((await runCli(['import', good, '--data-dir', appData], { timeoutMs: 60_000 })).code).toBe(0);
    const finished: ImportOutcome[] = [];
    let ended: (() => void) | null = null;
    const engine = startEngine({
      dataDir: appData,
      jobs: jobEvents((channel, payload) => {
        if (channel !== 'import:finished') return;
        finished.push(payload as ImportOutcome);
        ended?.();
      }),
    });
    const run = (args: { path: string; replace?: boolean }) =>
      new Promise<ImportOutcome>((resolve) => {
        const before = finished.length;
        ended = () => finished.length > before && resolve(finished[finished.length - 1]!);
        engine.startJob('import', args);
      });
    try {
      const input = DAMAGED[0]![1](mkdtempSync(join(root, 'app-')));
      const refused = await run({ path: input });
      expect(refused).toMatchObject({ outcome: 'error', canReplace: true });
      if (refused.outcome === 'error') expect(refused.message).toMatch(/the complete one was kept/);
      const replaced = await run({ path: input, replace: true });
      expect(replaced.outcome).toBe('done');
      if (replaced.outcome === 'done') expect(replaced.summary.partial).toBe(true);
    } finally {
      await engine.close();
    }
  }, 120_000);
});
