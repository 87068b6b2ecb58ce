import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateArchive } from '../../fixtures/generator/index';
import { importArchive } from '../../../electron/engine/index';
import { writeNewerArchive, type NewerArchiveChanges } from '../../../scripts/bench/newer-archive';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { tempDir } from '../engine/helpers';

const BIN = resolve(__dirname, '../../../bin/x-exposure.mjs');
const work = tempDir('xexp-report-compare-');
const dataDir = join(work.dir, 'data');
let older: ArchiveSummary;
let newer: ArchiveSummary;
let other: ArchiveSummary;
let changes: NewerArchiveChanges;

function report(archiveId: string, out: string, ...args: string[]) {
  const r = spawnSync(
    process.execPath,
    [BIN, 'report', archiveId, '--out', join(work.dir, out), ...args, '--data-dir', dataDir],
    { encoding: 'utf8', timeout: 60_000 },
  );
  return {
    code: r.status,
    stderr: r.stderr,
    html: r.status === 0 ? readFileSync(join(work.dir, out), 'utf8') : '',
  };
}

const cells = (...values: number[]) =>
  values.map((v) => `<td class="xr-n">${v.toLocaleString('en')}</td>`).join('');

beforeAll(async () => {
  const a = await generateArchive({ out: join(work.dir, 'a'), items: 800, seed: 53, media: false });
  changes = await writeNewerArchive(a.path, join(work.dir, 'b'), {
    dropEvery: 6,
    cloneEvery: 11,
    generationDate: '2026-10-01T00:00:00.000Z',
  });
  older = await importArchive(a.path, { dataDir });
  newer = await importArchive(join(work.dir, 'b'), { dataDir });
  const c = await generateArchive({ out: join(work.dir, 'c'), items: 300, seed: 54, media: false });
  other = await importArchive(c.path, { dataDir });
});

afterAll(() => work.cleanup());

describe('x-exposure report --compare-with', () => {
  it('adds the comparison section with the removed, added and kept numbers', () => {
    expect(newer.account.accountId).toBe(older.account.accountId);
    expect(changes.dropped.posts).toBeGreaterThan(0);
    const r = report(newer.archiveId, 'compared.html', '--compare-with', older.archiveId);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.html).toContain('<h2 id="xr-comparison">Compared with an older archive</h2>');
    const posts = { removed: changes.dropped.posts ?? 0, added: changes.cloned.posts ?? 0 };
    const likes = { removed: changes.dropped.likes ?? 0, added: changes.cloned.likes ?? 0 };
    expect(r.html).toContain(
      `<th scope="row">Posts (all)</th>${cells(older.counts.posts, posts.removed, posts.added, older.counts.posts - posts.removed, newer.counts.posts)}`,
    );
    expect(r.html).toContain(
      `<th scope="row">Likes</th>${cells(older.counts.likes, likes.removed, likes.added, older.counts.likes - likes.removed, newer.counts.likes)}`,
    );
    expect(r.html).toContain('This archive: made by X on 1 Oct 2026');
    expect(r.html).toContain(`<th scope="row">Items you listed for deletion</th>${cells(0)}`);
    expect(r.html).not.toContain('Bookmarks</th>');
  });

  it('has no comparison section without the option', () => {
    const r = report(newer.archiveId, 'plain.html');
    expect(r.code).toBe(0);
    expect(r.html.includes('id="xr-comparison"')).toBe(false);
  });

  it('writes the report with a readable note when the archives are of different accounts', () => {
    const r = report(newer.archiveId, 'other.html', '--compare-with', other.archiveId);
    expect(r.code).toBe(0);
    expect(r.html).toContain(
      'The comparison with the older archive could not be made: these archives belong to different accounts',
    );
    expect(r.html).not.toContain('Per kind, older archive to this archive');
  });
});
