import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary, LibraryEntry } from '../../../shared/model/summary';
import { KEPT_FILE_REPORTS } from '../../../electron/engine/summary/file-reports';
import { BASE_COUNTS } from '../../fixtures/hostile/base-archive';
import { manifestListingMissing } from '../../fixtures/hostile/many-files';
import { writeZip } from '../../fixtures/hostile/write-input';
import { runCli } from './run-cli';

const MISSING = 505_000;

/**
 * One archive whose manifest lists half a million missing files: the library keeps counts and the
 * first reports only (the full list is in the archive's own database), so it stays small and
 * every later `list` stays cheap. (It made an 83 MB summary and a 57 MB library.)
 */
describe('the library does not pay for one runaway archive', () => {
  let root: string;
  let dataDir: string;
  let summary: ArchiveSummary;
  let stdoutBytes = 0;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-runaway-'));
    dataDir = join(root, 'data');
    const input = writeZip(join(root, 'archive.zip'), manifestListingMissing(MISSING));
    const run = await runCli(['import', input, '--json', '--data-dir', dataDir], { timeoutMs: 120_000 });
    expect(run.code, run.stderr).toBe(0);
    stdoutBytes = run.stdout.length;
    summary = JSON.parse(run.stdout) as ArchiveSummary;
  }, 150_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('keeps counts per status and the first reports, problems first', () => {
    expect(summary.partial).toBe(false);
    expect(summary.counts).toMatchObject({ posts: BASE_COUNTS.posts, likes: BASE_COUNTS.likes });
    expect(summary.files).toHaveLength(KEPT_FILE_REPORTS);
    expect(summary.files.every((f) => f.status === 'missing')).toBe(true);
    expect(summary.fileCounts).toEqual({ total: MISSING + 6, byStatus: { imported: 6, missing: MISSING } });
    expect(stdoutBytes).toBeLessThan(200_000);
  });

  it('keeps the full list in the archive database, and the library small', () => {
    const db = new Database(join(dataDir, 'archives', `${summary.archiveId}.sqlite`), { readonly: true });
    try {
      expect(db.prepare("SELECT count(*) FROM data_files WHERE status = 'missing'").pluck().get()).toBe(
        MISSING,
      );
    } finally {
      db.close();
    }
    expect(statSync(join(dataDir, 'library.sqlite')).size).toBeLessThan(1024 * 1024);
  });

  it('lists the archive from the library columns', async () => {
    const run = await runCli(['list', '--json', '--data-dir', dataDir], { timeoutMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    const { archives } = JSON.parse(run.stdout) as { archives: LibraryEntry[] };
    expect(archives).toEqual([
      expect.objectContaining({
        archiveId: summary.archiveId,
        account: summary.account,
        counts: summary.counts,
        format: 'modern',
        partial: false,
      }),
    ]);
  }, 60_000);
});
