import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseFiles } from '../../fixtures/hostile/base-archive';
import { writeFolder } from '../../fixtures/hostile/write-input';
import { runCli, type CliRun } from './run-cli';

const BOUND_MS = 20_000;
const hasPrlimit = spawnSync('prlimit', ['--version']).status === 0;

/** Exactly one `error: <file>: <problem>` line, no stack trace. */
function expectErrorLine(run: CliRun, file: string, problem: RegExp): void {
  expect(run.timedOut, `killed after ${BOUND_MS} ms`).toBe(false);
  expect(run.code).not.toBe(0);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`error: ${file}: `), lines[0]).toBe(true);
  expect(lines[0]).toMatch(problem);
}

/** Failures of the disk, the data folder or the input named plainly, with what to do. */
describe('clear errors for storage and input failures', () => {
  let root: string;
  let archive: string;
  let template: string;
  let archiveId: string;

  const cli = (args: string[], wrapper?: string[]) =>
    runCli(args, { timeoutMs: BOUND_MS, ...(wrapper ? { wrapper } : {}) });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-errors-'));
    archive = writeFolder(join(root, 'archive'), baseFiles());
    template = join(root, 'template');
    const run = await runCli(['import', archive, '--json', '--data-dir', template], { timeoutMs: 60_000 });
    expect(run.code, run.stderr).toBe(0);
    archiveId = (JSON.parse(run.stdout) as { archiveId: string }).archiveId;
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  function dataCopy(name: string): string {
    const dir = join(root, name);
    cpSync(template, dir, { recursive: true });
    return dir;
  }

  it('a data folder that cannot be created fails at once (it hung)', async () => {
    const run = await cli(['list', '--data-dir', '/proc/self/newdir']);
    expectErrorLine(run, '/proc/self/newdir', /data folder cannot be created here .*choose another/);
    expect(run.code).toBe(2);
  });

  it('a data folder where a file is in the way', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'x');
    const run = await cli(['import', archive, '--data-dir', join(file, 'data')]);
    expectErrorLine(run, join(file, 'data'), /cannot be created here \(a file is in the way\)/);
  });

  it('a damaged library names the file and says what to do; doing it brings the archives back', async () => {
    const dir = dataCopy('bad-library');
    const library = join(dir, 'library.sqlite');
    for (const side of ['-wal', '-shm']) rmSync(library + side, { force: true });
    writeFileSync(library, Buffer.alloc(8192, 0x5a));
    expectErrorLine(
      await cli(['list', '--data-dir', dir]),
      library,
      /library file is damaged: move it out of the way/,
    );
    renameSync(library, join(root, 'library.sqlite.damaged'));
    const again = await cli(['list', '--json', '--data-dir', dir]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(archiveId);
  });

  it('a damaged archive database names the file and says to forget it and import again', async () => {
    const dir = dataCopy('bad-archive');
    const file = join(dir, 'archives', `${archiveId}.sqlite`);
    for (const side of ['-wal', '-shm']) rmSync(file + side, { force: true });
    writeFileSync(file, Buffer.alloc(8192, 0x5a));
    expectErrorLine(
      await cli(['report', archiveId, '--out', join(root, 'out.csv'), '--data-dir', dir]),
      file,
      new RegExp(`damaged: remove it \\(x-exposure forget ${archiveId}`),
    );
    const forget = await cli(['forget', archiveId, '--data-dir', dir]);
    expect(forget.code, forget.stderr).toBe(0);
  });

  it.runIf(hasPrlimit)(
    'a disk that fills up during an import says so, and the library is as it was',
    async () => {
      const dir = dataCopy('full-disk');
      const big = writeFolder(join(root, 'big'), {
        ...baseFiles(),
        'data/like.js': `window.YTD.like.part0 = ${JSON.stringify(
          Array.from({ length: 20_000 }, (_, i) => ({
            like: { tweetId: String(1e15 + i), fullText: `liked ${i}` },
          })),
        )}`,
      });
      const run = await cli(['import', big, '--data-dir', dir], ['prlimit', '--fsize=400000']);
      expectErrorLine(run, dir, /the disk (is full|could not be read or written)/);
      expect(readdirSync(join(dir, 'archives')).filter((n) => n.includes('.partial'))).toEqual([]);
      const list = await cli(['list', '--json', '--data-dir', dir]);
      expect((JSON.parse(list.stdout) as { archives: unknown[] }).archives).toHaveLength(1);
    },
  );

  it('an archive folder whose data folder is a symbolic link says that, not "not an X archive"', async () => {
    const real = writeFolder(join(root, 'real'), baseFiles());
    const linked = join(root, 'linked');
    mkdirSync(linked);
    symlinkSync(join(real, 'data'), join(linked, 'data'));
    expectErrorLine(
      await cli(['import', linked, '--data-dir', dataCopy('symlinked')]),
      linked,
      /its data folder is a symbolic link, which is not followed/,
    );
  });

  it('a path whose name is not valid UTF-8 is not "no such file"', async () => {
    // The folder's name holds the byte 0xff; the command line can only give it as U+FFFD.
    const bytes = Buffer.concat([Buffer.from(join(root, 'ar')), Buffer.from([0xff]), Buffer.from('chive')]);
    renameSync(writeFolder(join(root, 'to-rename'), baseFiles()), bytes);
    const shown = bytes.toString('utf8');
    expectErrorLine(
      await cli(['import', shown, '--data-dir', dataCopy('non-utf8')]),
      shown,
      /not valid UTF-8 text, so it cannot be opened by that name: rename it/,
    );
  });
});
