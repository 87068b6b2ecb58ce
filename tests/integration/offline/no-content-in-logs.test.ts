import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { Engine, importArchive } from '../../../electron/engine/index';
import { CONTENT_CANARIES, IDENTITY_CANARY, canaryArchiveFiles } from '../../fixtures/hostile/canary-archive';
import { writeZip } from '../../fixtures/hostile/write-input';
import { CLI, ROOT, runCli } from '../hostile/run-cli';

const CONTENT = Object.values(CONTENT_CANARIES);

function leaks(text: string, canaries: readonly string[]): string[] {
  return canaries.filter((c) => text.includes(c));
}

const hasScript = spawnSync('script', ['-qc', 'true', '/dev/null']).status === 0;

describe('logs and messages never contain archive content', () => {
  let root: string;
  let zip: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'xe-logs-'));
    zip = writeZip(join(root, 'canary.zip'), canaryArchiveFiles());
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the canary archive imports, with its damaged record reported (so the error paths ran)', async () => {
    const run = await runCli(['import', zip, '--json', '--data-dir', join(root, 'check')]);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as ArchiveSummary;
    expect(summary.counts).toMatchObject({ posts: 5, longPosts: 1, directMessages: 2, grokMessages: 2 });
    expect(summary.files.find((f) => f.path === 'data/like.js')).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/record 3 is not valid JSON/),
    });
    expect(summary.files.find((f) => f.path === 'data/secret-thing.js')?.status).toBe('unknown');
    expect(summary.account.displayName).toBe(IDENTITY_CANARY);
  });

  /**
   * What a command printed, less the account data `summary --json` exists to hand over (what X holds:
   * e-mail, phone, ...): that is the output the person asked for, not a message about it.
   */
  const printedAround = (stdout: string): string => {
    if (!stdout.trimStart().startsWith('{')) return stdout;
    const { accountData: _asked, ...rest } = JSON.parse(stdout) as Record<string, unknown>;
    return JSON.stringify(rest);
  };

  it('CLI import (JSON and text), summary, list and report print no content; stderr is empty', async () => {
    const dataDir = join(root, 'cli');
    const json = await runCli(['import', zip, '--json', '--data-dir', dataDir]);
    const id = (JSON.parse(json.stdout) as ArchiveSummary).archiveId;
    const runs = [
      json,
      await runCli(['import', zip, '--data-dir', dataDir]),
      await runCli(['summary', id, '--data-dir', dataDir]),
      await runCli(['summary', id, '--json', '--data-dir', dataDir]),
      await runCli(['list', '--data-dir', dataDir]),
      await runCli(['report', id, '--out', join(root, 'report.html'), '--data-dir', dataDir]),
    ];
    for (const run of runs) {
      expect(run.code, run.stderr).toBe(0);
      expect(leaks(printedAround(run.stdout), CONTENT)).toEqual([]);
      expect(run.stderr).toBe('');
    }
  });

  it.skipIf(!hasScript)('the progress bar on a terminal shows file names and counts, no content', () => {
    const out = spawnSync(
      'script',
      ['-qc', `${process.execPath} ${CLI} import ${zip} --data-dir ${join(root, 'tty')}`, '/dev/null'],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('Archive ');
    expect(leaks(out.stdout, CONTENT)).toEqual([]);
  });

  it('the engine in-process writes nothing to the console, and its progress events hold no content', async () => {
    const written: string[] = [];
    const spies = [
      ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) =>
        vi
          .spyOn(console, m)
          .mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' '))),
      ),
      vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
        written.push(String(chunk));
        return true;
      }),
    ];
    const progress: string[] = [];
    try {
      const dataDir = join(root, 'engine');
      const summary = await importArchive(zip, {
        dataDir,
        onProgress: (p) => progress.push(JSON.stringify(p)),
      });
      const engine = new Engine({ dataDir });
      try {
        engine.getOverview(summary.archiveId);
        const page = engine.queryItems({
          archiveId: summary.archiveId,
          text: CONTENT_CANARIES.post,
          limit: 10,
        });
        expect(page.total).toBe(1);
        for (const row of engine.queryItems({ archiveId: summary.archiveId, limit: 50 }).rows)
          engine.getItemDetail(summary.archiveId, row.id, true);
        expect(() => engine.getSummary('0000000000000000')).toThrow();
      } finally {
        engine.close();
      }
      // A damaged archive's failure path too.
      await importArchive(join(root, 'missing.zip'), { dataDir }).catch(() => undefined);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(written).toEqual([]);
    expect(progress.length).toBeGreaterThan(0);
    expect(leaks(progress.join('\n'), [...CONTENT, IDENTITY_CANARY])).toEqual([]);
  });
});
