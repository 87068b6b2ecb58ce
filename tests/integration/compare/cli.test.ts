import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { generateArchive } from '../../fixtures/generator/index';
import { importArchive } from '../../../electron/engine/index';
import { writeNewerArchive, type NewerArchiveChanges } from '../../../scripts/bench/newer-archive';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { tempDir } from '../engine/helpers';

const BIN = resolve(__dirname, '../../../bin/x-exposure.mjs');
const work = tempDir('xexp-compare-cli-');
const dataDir = join(work.dir, 'data');
let older: ArchiveSummary;
let newer: ArchiveSummary;
let other: ArchiveSummary;
let changes: NewerArchiveChanges;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--data-dir', dataDir], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  const a = await generateArchive({ out: join(work.dir, 'a'), items: 800, seed: 41, media: false });
  changes = await writeNewerArchive(a.path, join(work.dir, 'b'), {
    dropEvery: 5,
    cloneEvery: 9,
    generationDate: '2026-10-01T00:00:00.000Z',
  });
  older = await importArchive(a.path, { dataDir });
  newer = await importArchive(join(work.dir, 'b'), { dataDir });
  const c = await generateArchive({ out: join(work.dir, 'c'), items: 300, seed: 42, media: false });
  other = await importArchive(c.path, { dataDir });
});

afterAll(() => work.cleanup());

describe('x-exposure compare', () => {
  it('prints removed, added and kept keyed by the counts keys', () => {
    const r = run('compare', older.archiveId, newer.archiveId, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, Record<string, number | null>>;
    expect(Object.keys(out).slice(0, 3)).toEqual(['removed', 'added', 'kept']);
    expect(Object.keys(out['removed']!).sort()).toEqual(Object.keys(older.counts).sort());
    expect(out['removed']!['posts']).toBe(changes.dropped.posts);
    expect(out['added']!['likes']).toBe(changes.cloned.likes);
    expect(out['kept']!['posts']).toBe(older.counts.posts - changes.dropped.posts!);
    expect(out['removed']!['bookmarks']).toBeNull();
    expect(out['ids']).toBeUndefined();
  });

  it('adds the ids with --ids', () => {
    const out = JSON.parse(run('compare', older.archiveId, newer.archiveId, '--json', '--ids').stdout) as {
      ids: {
        removed: Record<string, string[]>;
        added: Record<string, string[]>;
        kept: Record<string, string[]>;
      };
    };
    expect(out.ids.removed['posts']).toHaveLength(changes.dropped.posts!);
    expect(out.ids.added['followers']).toHaveLength(changes.cloned.followers!);
    for (const id of out.ids.removed['posts']!) expect(id).toMatch(/^\d+$/);
  });

  it('prints a table for people', () => {
    const r = run('compare', older.archiveId, newer.archiveId);
    expect(r.code).toBe(0);
    const postsLine = r.stdout.split('\n').find((l) => l.startsWith('Posts (all)'))!;
    expect(
      postsLine
        .trim()
        .split(/\s+/)
        .slice(2)
        .map((v) => Number(v.replace(/,/g, ''))),
    ).toEqual([
      older.counts.posts,
      changes.dropped.posts,
      changes.cloned.posts,
      older.counts.posts - changes.dropped.posts!,
      newer.counts.posts,
    ]);
    // The app's and the report's column wording.
    expect(r.stdout).toMatch(/older archive\s+removed\s+added\s+still there\s+newer archive/);
    expect(r.stdout).toContain('Deletion list: empty');
  });

  it('refuses two accounts with exit code 2 and one clear line', () => {
    const r = run('compare', older.archiveId, other.archiveId);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `error: these archives belong to different accounts (@${older.account.username} and @${other.account.username}); ` +
        'a comparison only makes sense between two archives of the same account\n',
    );
  });
});
