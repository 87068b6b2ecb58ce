import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { baseFiles } from '../../fixtures/hostile/base-archive';
import { writeFolder } from '../../fixtures/hostile/write-input';
import { runCli, type CliRun } from './run-cli';

/** The CLI's JavaScript heap for these runs: reading the 15 MB file whole took 1 GB. */
const HEAP_MB = 256;

/**
 * Bookmark files are read a chunk at a time and refused past the row, row-length and size caps,
 * with a clear message, in bounded memory (the runs get a small heap: going over it crashes them).
 */
describe('bookmark files are streamed and bounded', () => {
  let root: string;
  let dataDir: string;
  let archiveId: string;

  const bookmarks = (file: string, ...extra: string[]): Promise<CliRun> =>
    runCli(['bookmarks', archiveId, file, ...extra, '--data-dir', dataDir], {
      timeoutMs: 60_000,
      nodeArgs: [`--max-old-space-size=${HEAP_MB}`],
    });

  function expectRefused(run: CliRun, file: string, problem: RegExp): void {
    expect(run.timedOut).toBe(false);
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^error: ${file}: `));
    expect(run.stderr).toMatch(problem);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  }

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-bookmark-bounds-'));
    dataDir = join(root, 'data');
    const run = await runCli(
      ['import', writeFolder(join(root, 'archive'), baseFiles()), '--json', '--data-dir', dataDir],
      {
        timeoutMs: 60_000,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    archiveId = (JSON.parse(run.stdout) as ArchiveSummary).archiveId;
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a 15 MB CSV of one-character rows is refused at the row cap', async () => {
    const file = join(root, 'tiny-rows.csv');
    writeFileSync(file, `url\n${'1\n'.repeat(7_500_000)}`);
    expectRefused(
      await bookmarks(file),
      'tiny-rows.csv',
      /more than 200,000 rows, more than a bookmarks import takes/,
    );
  }, 90_000);

  it('a quoted cell that never closes is refused at the row-length cap', async () => {
    const file = join(root, 'open-quote.csv');
    writeFileSync(file, `url,text\nhttps://x.com/a/status/1790000000000000001,"${'a'.repeat(20_000_000)}\n`);
    expectRefused(
      await bookmarks(file, '--preview'),
      'open-quote.csv',
      /row 2 is longer than a bookmark can be/,
    );
  }, 90_000);

  it('a 150 MB file is refused before it is read', async () => {
    const file = join(root, 'huge.csv');
    writeFileSync(file, 'url\n');
    truncateSync(file, 150 * 1024 * 1024);
    expectRefused(await bookmarks(file), 'huge.csv', /the file is 150 MB; a bookmarks export is far smaller/);
  });

  it('a JSON file over its cap is refused, with what to do instead', async () => {
    const file = join(root, 'big.json');
    const record = '{"url":"https://x.com/a/status/1790000000000000001","text":"' + 'b'.repeat(1000) + '"},';
    writeFileSync(file, `[${record.repeat(34_000)}{}]`);
    expectRefused(await bookmarks(file), 'big.json', /larger than 32 MB.*export the bookmarks as CSV/);
  }, 90_000);

  it('a real-sized export (150,000 rows) still imports within the same bounds', async () => {
    const file = join(root, 'many.csv');
    const rows = Array.from(
      { length: 150_000 },
      (_, i) => `https://x.com/someone/status/${1790000000000000000n + BigInt(i)},saved post number ${i}`,
    );
    writeFileSync(file, `url,text\n${rows.join('\n')}\n`);
    const run = await bookmarks(file, '--json');
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { imported: number }).imported).toBe(150_000);
  }, 120_000);
});
