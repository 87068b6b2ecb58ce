import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { terminalAttackFiles } from '../../fixtures/hostile/terminal-archive';
import { writeFolder } from '../../fixtures/hostile/write-input';
import { runCli, type CliRun } from './run-cli';

/** Anything but a printable character, a newline or (between fields of `compare --ids`) a tab. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Every human-readable command run on an archive whose names and posts hold terminal control
 * sequences: nothing it prints (stdout or stderr) carries a control character to the terminal.
 */
describe('CLI output of archive text is terminal-safe', () => {
  let root: string;
  let dataDir: string;
  let older = '';
  let newer = '';

  const cli = (...args: string[]): Promise<CliRun> =>
    runCli([...args, '--data-dir', dataDir], { timeoutMs: 60_000 });

  function expectSafe(run: CliRun): void {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stderr).not.toMatch(UNSAFE);
  }

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-terminal-'));
    dataDir = join(root, 'data');
    const first = writeFolder(join(root, 'older'), terminalAttackFiles('2025-01-01T10:00:00.000Z'));
    const second = writeFolder(join(root, 'newer'), terminalAttackFiles('2025-03-01T10:00:00.000Z'));
    for (const [input, set] of [
      [first, (id: string) => (older = id)],
      [second, (id: string) => (newer = id)],
    ] as const) {
      const run = await cli('import', input, '--json');
      expect(run.code, run.stderr).toBe(0);
      const summary = JSON.parse(run.stdout) as { archiveId: string; account: { username: string } };
      // The attack reached the library as data (the filter is what stands between it and the terminal).
      expect(summary.account.username).toContain('\u001b]0;');
      set(summary.archiveId);
    }
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('import', async () => {
    const input = writeFolder(join(root, 'third'), terminalAttackFiles('2025-05-01T10:00:00.000Z'));
    expectSafe(await cli('import', input));
  }, 60_000);
  it('list', async () => expectSafe(await cli('list')), 60_000);
  it('summary', async () => expectSafe(await cli('summary', newer)), 60_000);
  it('checklist', async () => expectSafe(await cli('checklist', newer)), 60_000);
  it('compare, with ids', async () => expectSafe(await cli('compare', older, newer, '--ids')), 60_000);
  it('report', async () => expectSafe(await cli('report', newer, '--out', join(root, 'items.csv'))), 60_000);
  it('forget', async () => expectSafe(await cli('forget', older)), 60_000);
});
