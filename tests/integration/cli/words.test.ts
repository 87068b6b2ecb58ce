import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../electron/cli/main';
import { Engine, importArchive } from '../../../electron/engine/index';
import type { OwnWordsState } from '../../../shared/model/own-words';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { generateArchive } from '../../fixtures/generator/index';
import { tempDir } from '../engine/helpers';

/**
 * `x-exposure words`: the person's own sensitive words from the command line, kept per account, with
 * the same job as the window's Settings (every archive of the account checked again), on two archives
 * of one account and one of another, with the built command line.
 */
const BIN = resolve(__dirname, '../../../bin/x-exposure.mjs');
const work = tempDir('xexp-cli-words-');
const dataDir = join(work.dir, 'data');
let older: ArchiveSummary;
let newer: ArchiveSummary;
let stranger: ArchiveSummary;

function words(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, 'words', ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function stateOf(...args: string[]): OwnWordsState & { archiveId: string; rechecked?: string[] } {
  const r = words(...args, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as OwnWordsState & { archiveId: string; rechecked?: string[] };
}

function expectUsageError(r: ReturnType<typeof words>, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^error: /);
  expect(r.stderr).toMatch(pattern);
}

/** Items of the archive flagged as family that contain the text. */
function familyItemsWith(archive: ArchiveSummary, text: string): number {
  const engine = new Engine({ dataDir });
  try {
    return engine.queryItems({ archiveId: archive.archiveId, text, flags: ['family'], limit: 1 }).total;
  } finally {
    engine.close();
  }
}

beforeAll(async () => {
  const make = async (name: string, seed: number, generationDate: string) => {
    const archive = await generateArchive({
      out: join(work.dir, `${name}.zip`),
      items: 400,
      seed,
      media: false,
      generationDate,
    });
    return importArchive(archive.path, { dataDir, classifyWorker: false });
  };
  older = await make('older', 21, '2026-03-01T00:00:00.000Z');
  newer = await make('newer', 21, '2026-07-25T12:21:58.798Z');
  stranger = await make('stranger', 22, '2026-07-25T12:21:58.798Z');
  expect(newer.account.accountId).toBe(older.account.accountId);
}, 180_000);

afterAll(() => work.cleanup());

describe('x-exposure words', () => {
  it('lists no words at first, for an account named by @name (its newest archive)', () => {
    const r = words(`@${older.account.username.toUpperCase()}`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`No own sensitive words for @${older.account.username} yet`);
    expect(r.stdout).toContain("They apply to the account's 2 archives:");
    expect(r.stdout).toContain(`${newer.archiveId}  made 2026-07-25  checked with them`);
    expect(r.stdout).toContain(`${older.archiveId}  made 2026-03-01  checked with them`);
    expect(stateOf(older.account.accountId).archiveId).toBe(newer.archiveId);
  });

  it('adds words and checks every archive of the account again, leaving the other account alone', () => {
    const state = stateOf(older.archiveId, '--add', 'family=weekend', '--add', 'location= Elm   Street ');
    expect(state.words).toEqual({ family: ['weekend'], location: ['Elm Street'] });
    expect(state.rechecked).toEqual([older.archiveId, newer.archiveId]);
    expect(state.archives.every((a) => a.upToDate)).toBe(true);
    expect(familyItemsWith(older, 'weekend')).toBeGreaterThan(0);
    expect(familyItemsWith(newer, 'weekend')).toBeGreaterThan(0);
    expect(familyItemsWith(stranger, 'weekend')).toBe(0);
    expect(stateOf(stranger.archiveId).words).toEqual({});

    const text = words(newer.archiveId);
    expect(text.stdout).toContain('  family     "weekend"');
    expect(text.stdout).toContain('  location   "Elm Street"');
  });

  it('says in words what a change did', () => {
    const r = words(newer.archiveId, '--add', 'health=Sertraline');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Saved. Checked again with them: archives ${newer.archiveId}, ${older.archiveId}.`,
    );
    expect(r.stdout).toMatch(new RegExp(`Archive ${newer.archiveId} has \\d+ highly sensitive items?\\.`));
    const again = words(newer.archiveId, '--recheck');
    expect(again.stdout).toContain('Every archive of the account was already checked with these words.');
    expect(again.stdout).not.toContain('Saved.');
  });

  it('removes words, in any capitals, and refuses a word that is not there', () => {
    expect(stateOf(newer.archiveId, '--remove', 'health=SERTRALINE').words.health).toBeUndefined();
    expectUsageError(
      words(newer.archiveId, '--remove', 'health=Sertraline'),
      /"Sertraline" is not among your health words/,
    );
  });

  it('refuses bad input in one line, exit 2, and writes nothing', () => {
    expectUsageError(
      words(newer.archiveId, '--add', 'hobby=chess'),
      /unknown category hobby; categories: health, /,
    );
    expectUsageError(words(newer.archiveId, '--add', 'weekend'), /--add takes CATEGORY=WORD/);
    expectUsageError(words(newer.archiveId, '--add', `family=${'x'.repeat(101)}`), /at most 100 characters/);
    expectUsageError(
      words(newer.archiveId, '--add', 'family=Noah', '--remove', 'family=noah'),
      /is both added and removed/,
    );
    expectUsageError(
      words('@nobody_here'),
      /no imported archive or account "@nobody_here"; see x-exposure list/,
    );
    expect(stateOf(newer.archiveId).words).toEqual({ family: ['weekend'], location: ['Elm Street'] });
  });

  it('prints a word with control characters escaped, never raw to the terminal', () => {
    const hostile = 'Noah\u001b]0;owned\u0007\u202e';
    expect(stateOf(newer.archiveId, '--add', `family=${hostile}`).words.family).toContain(hostile);
    const r = words(newer.archiveId);
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- the point: no control character reaches the terminal
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(r.stdout).toContain('Noah\\u001b]0;owned\\u0007');
    stateOf(newer.archiveId, '--remove', `family=${hostile}`);
  });

  it('stopped by Ctrl-C before the job ran, exits 130 and changes nothing', async () => {
    let stderr = '';
    const sink = (write: (s: string) => void) =>
      new Writable({
        write(chunk: Buffer, _enc, done) {
          write(chunk.toString());
          done();
        },
      });
    const running = main(['words', newer.archiveId, '--add', 'family=Emma', '--data-dir', dataDir], {
      stdout: sink(() => {}),
      stderr: sink((s) => (stderr += s)),
    });
    process.emit('SIGINT');
    expect(await running).toBe(130);
    expect(stderr).toBe('error: cancelled: nothing was changed\n');
    expect(stateOf(newer.archiveId).words.family).toEqual(['weekend']);
  });

  it('summary says when an archive waits to be checked with the words, and --recheck checks it', () => {
    // A save cancelled once the newer archive was done: the older one waits.
    const engine = new Engine({ dataDir });
    try {
      expect(() =>
        engine.setOwnWords(newer.archiveId, { family: ['weekend', 'Emma'] }, (done) => {
          if (done > 0 && engine.getOwnWords(newer.archiveId).words.family?.includes('Emma'))
            throw new Error('cancelled');
        }),
      ).toThrow('cancelled');
    } finally {
      engine.close();
    }
    const summary = () =>
      spawnSync(process.execPath, [BIN, 'summary', older.archiveId, '--data-dir', dataDir], {
        encoding: 'utf8',
        timeout: 120_000,
      }).stdout;
    expect(summary()).toContain(
      `Your own sensitive words changed after this archive was checked, so its levels do not count them yet: run x-exposure words ${older.archiveId} --recheck.`,
    );
    expect(words(newer.archiveId).stdout).toContain(
      `${older.archiveId}  made 2026-03-01  waiting to be checked`,
    );

    const r = words(older.archiveId, '--recheck');
    expect(r.stdout).toContain(`Checked again with them: archive ${older.archiveId}.`);
    expect(summary()).not.toContain('Your own sensitive words changed');
  });
});
