import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REAL, tempDir, writeZip, ytd } from '../engine/helpers';
import type { AccountData } from '../../../shared/model/account-data';
import type { ArchiveSummary } from '../../../shared/model/summary';

const BIN = resolve(__dirname, '../../../bin/x-exposure.mjs');
const work = tempDir('xexp-cli-');
afterAll(() => work.cleanup());

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COUNT_KEYS = [
  'posts',
  'reposts',
  'replies',
  'quotes',
  'likes',
  'longPosts',
  'communityPosts',
  'deletedPosts',
  'grokMessages',
  'directMessages',
  'followers',
  'following',
  'blocks',
  'mutes',
  'bookmarks',
].sort();

function expectOneLineError(r: ReturnType<typeof run>, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toMatch(pattern);
}

describe('x-exposure CLI', () => {
  const dataDir = join(work.dir, 'data');
  let archiveId = '';
  let imported: unknown = null;

  it('import --json prints exactly one JSON object with the contract keys', () => {
    const r = run(['import', join(REAL, 'alrocar__x'), '--data-dir', dataDir, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(s)).toEqual(
      expect.arrayContaining([
        'archiveId',
        'account',
        'generatedAt',
        'format',
        'counts',
        'files',
        'warnings',
        'exposure',
      ]),
    );
    expect(s.account).toEqual({ accountId: '52338276', username: 'alrocar', displayName: 'alrocar 🥘' });
    expect(s.format).toBe('modern');
    expect(Object.keys(s.counts as object).sort()).toEqual(COUNT_KEYS);
    expect((s.counts as { posts: number }).posts).toBe(1223);
    for (const f of s.files as Array<Record<string, unknown>>) {
      expect(['imported', 'empty', 'missing', 'unknown', 'error']).toContain(f.status);
      expect(typeof f.path).toBe('string');
      expect(typeof f.records).toBe('number');
    }
    const exposure = s.exposure as Record<string, Record<string, number>>;
    expect(Object.keys(exposure.channels!).sort()).toEqual(['grokTraining', 'openWeb', 'thirdParty']);
    expect(Object.keys(exposure.visibility!).sort()).toEqual([
      'assumedPublic',
      'circle',
      'protected',
      'public',
    ]);
    archiveId = s.archiveId as string;
    imported = s;
  });

  it('list and summary show the same archive; summary --json equals the import output', () => {
    const list = run(['list', '--data-dir', dataDir, '--json']);
    expect(list.code).toBe(0);
    const { archives } = JSON.parse(list.stdout) as { archives: Array<{ archiveId: string }> };
    expect(archives.map((a) => a.archiveId)).toEqual([archiveId]);
    const summary = run(['summary', archiveId, '--data-dir', dataDir, '--json']);
    expect(summary.code).toBe(0);
    // The same, plus what X holds about the person beyond the posts (this real copy was trimmed of
    // its account-level files, so those parts say the archive has no file for them).
    const { accountData, ...rest } = JSON.parse(summary.stdout) as Record<string, unknown> & {
      accountData: AccountData;
    };
    expect(rest).toEqual(imported);
    expect(accountData.sources.logins).toBe('absent');
    expect(accountData.sources.connectedApps).toBe('absent');
    expect(accountData.notAnalysed.map((f) => f.path)).toEqual(
      (imported as ArchiveSummary).files.filter((f) => f.status === 'unknown').map((f) => f.path),
    );
    const text = run(['summary', archiveId, '--data-dir', dataDir]);
    expect(text.stdout).toMatch(/@alrocar/);
    expect(text.stdout).toMatch(/Posts\s+1223/);
    expect(text.stdout).toContain('What X knows about you:');
    expect(text.stdout).toContain('Where you logged in from: Your archive has no file for this');
  });

  it('forget deletes the database and the library entry', () => {
    const r = run(['forget', archiveId, '--data-dir', dataDir]);
    expect(r.code).toBe(0);
    expect(existsSync(join(dataDir, 'archives', `${archiveId}.sqlite`))).toBe(false);
    expect(JSON.parse(run(['list', '--data-dir', dataDir, '--json']).stdout)).toEqual({ archives: [] });
  });

  it('bad input exits 2 with one line naming the file and the problem, never a stack', () => {
    const notZip = join(work.dir, 'notes.txt');
    writeFileSync(notZip, 'hello');
    expectOneLineError(run(['import', notZip, '--data-dir', dataDir]), /notes\.txt: not a zip file/);
    const folder = join(work.dir, 'photos');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.jpg'), 'x');
    expectOneLineError(run(['import', folder, '--data-dir', dataDir]), /photos: not an X archive/);
    expectOneLineError(
      run(['import', join(work.dir, 'nope.zip'), '--data-dir', dataDir]),
      /nope\.zip: no such file/,
    );
    expectOneLineError(run(['summary', '0123456789abcdef', '--data-dir', dataDir]), /no imported archive/);
    expectOneLineError(run(['frobnicate']), /unknown command/);
    expectOneLineError(run(['list', '--colour']), /--colour/);
    expectOneLineError(run(['import']), /usage: x-exposure import/);
  });

  it('a truncated zip is bad input too', async () => {
    const zip = join(work.dir, 'cut.zip');
    await writeZip(zip, {
      'data/manifest.js': 'window.__THAR_CONFIG = {"dataTypes": {}}',
      'data/like.js': ytd('like', []),
    });
    const bytes = readFileSync(zip);
    writeFileSync(zip, bytes.subarray(0, bytes.length - 30));
    expectOneLineError(run(['import', zip, '--data-dir', dataDir]), /cut\.zip: .*(truncated|damaged)/);
  });

  it('a damaged data file does not fail the import: it is reported and the summary is partial', async () => {
    const zip = join(work.dir, 'damaged.zip');
    await writeZip(zip, {
      'data/account.js': ytd('account', [{ account: { accountId: '7', username: 'dee' } }]),
      'data/like.js': ytd('like', [{ like: { tweetId: '1', fullText: 'a' } }]),
      'data/follower.js': 'window.YTD.follower.part0 = [ { "follower" : { "accountId" : "1" } }, { "foll',
    });
    const r = run(['import', zip, '--data-dir', dataDir, '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as {
      partial: boolean;
      counts: { likes: number; followers: number };
      files: Array<Record<string, unknown>>;
    };
    expect(s.partial).toBe(true);
    expect(s.counts.likes).toBe(1);
    expect(s.counts.followers).toBe(1);
    expect(s.files.find((f) => f.path === 'data/follower.js')).toMatchObject({ status: 'error', records: 1 });
    expect(String(s.files.find((f) => f.path === 'data/follower.js')!.message)).toMatch(/truncated/);
  });

  it('uses the platform data folder when --data-dir is not given', () => {
    const xdg = join(work.dir, 'xdg');
    const r = run(['import', join(REAL, 'dogsheep__twitter-to-sqlite/tests/zip_contents'), '--json'], {
      XDG_DATA_HOME: xdg,
    });
    expect(r.code).toBe(0);
    expect(existsSync(join(xdg, 'x-exposure', 'library.sqlite'))).toBe(true);
  });
});
