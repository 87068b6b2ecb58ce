/**
 * The long calls as jobs of the real engine worker: a correction of the protected history, an export of
 * every matching item, a bookmark import. Each reports progress, ends exactly once, and a cancel half
 * way changes nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArchive } from '../../../electron/engine/index';
import type { JobEnd } from '../../../electron/engine/jobs/job-types';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { generateArchive } from '../../fixtures/generator/index';
import { makeBookmarks, writeCsv } from '../bookmarks/bookmark-files';
import { startRecordingEngine, type RecordingEngine } from './recording-engine';

describe('jobs of the engine worker', { timeout: 120_000 }, () => {
  let root: string;
  let summary: ArchiveSummary;
  let engine: RecordingEngine;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-engine-jobs-'));
    const dataDir = join(root, 'data');
    // Enough items for several re-classification batches (5,000 each).
    const archive = await generateArchive({ out: join(root, 'a'), items: 24_000, seed: 21, media: false });
    summary = await importArchive(archive.path, { dataDir });
    engine = startRecordingEngine(dataDir);
  }, 240_000);
  afterAll(async () => {
    await engine?.client.close();
    rmSync(root, { recursive: true, force: true });
  });

  const steps = (jobId: string) => engine.stepsOf(jobId);
  const endsOf = (jobId: string) => engine.endsOf(jobId);

  it('re-classifies every item under a correction, reporting each batch', async () => {
    const { client } = engine;
    const jobId = client.startJob('visibility', {
      archiveId: summary.archiveId,
      ranges: [{ from: '2015-01-01', to: null }],
    });
    const end = (await engine.ended(jobId)) as JobEnd<'visibility'>;
    expect(end.outcome).toBe('done');
    if (end.outcome !== 'done') return;
    const total = steps(jobId).at(-1)!.total;
    expect(total).toBeGreaterThan(20_000);
    expect(steps(jobId).length).toBeGreaterThanOrEqual(Math.ceil(total / 5000));
    expect(steps(jobId).at(-1)!.done).toBe(total);
    expect((await client.engine.getVisibility(summary.archiveId)).userRanges).toEqual([
      { from: '2015-01-01T00:00:00.000Z', to: null },
    ]);
    expect(end.result.exposure.visibility.protected).toBeGreaterThan(0);
    expect(endsOf(jobId)).toHaveLength(1);

    // Back to the archive's own history, for the tests after this one.
    const back = client.startJob('visibility', { archiveId: summary.archiveId, ranges: null });
    expect((await engine.ended(back)).outcome).toBe('done');
  });

  it('cancelled half way, leaves every item and the stored periods as they were', async () => {
    const { client } = engine;
    const before = await client.engine.getOverview(summary.archiveId);
    const jobId = client.startJob('visibility', {
      archiveId: summary.archiveId,
      ranges: [{ from: '2010-01-01', to: null }],
    });
    // The job runs without yielding; the cancel reaches it through the shared cell at its next batch.
    await expect.poll(() => steps(jobId).length, { timeout: 60_000 }).toBeGreaterThan(0);
    client.cancelJob(jobId);
    expect(await engine.ended(jobId)).toEqual({ outcome: 'cancelled' });
    expect(steps(jobId).at(-1)!.done).toBeLessThan(steps(jobId).at(-1)!.total);
    expect((await client.engine.getVisibility(summary.archiveId)).userRanges).toBeNull();
    expect(await client.engine.getOverview(summary.archiveId)).toEqual(before);
    expect(endsOf(jobId)).toHaveLength(1);
  });

  it("keeps the person's own words and re-classifies every item with them, reporting each batch", async () => {
    const { client } = engine;
    const jobId = client.startJob('ownWords', {
      archiveId: summary.archiveId,
      words: { health: ['Sertraline'] },
    });
    const end = (await engine.ended(jobId)) as JobEnd<'ownWords'>;
    expect(end.outcome).toBe('done');
    const total = steps(jobId).at(-1)!.total;
    expect(total).toBeGreaterThan(20_000);
    expect(steps(jobId).at(-1)!.done).toBe(total);
    expect((await client.engine.getOwnWords(summary.archiveId)).words).toEqual({ health: ['Sertraline'] });
    expect(end.outcome === 'done' && end.result.rechecked).toEqual([summary.archiveId]);
    expect(endsOf(jobId)).toHaveLength(1);

    // No words again, for the tests after this one.
    const back = client.startJob('ownWords', { archiveId: summary.archiveId, words: {} });
    expect((await engine.ended(back)).outcome).toBe('done');
    expect((await client.engine.getOwnWords(summary.archiveId)).words).toEqual({});
  });

  it('says what is wrong with a correction, as the job’s one end', async () => {
    const jobId = engine.client.startJob('visibility', {
      archiveId: summary.archiveId,
      ranges: [{ from: '2020-01-01', to: '2019-01-01' }],
    });
    expect(await engine.ended(jobId)).toEqual({
      outcome: 'error',
      message: 'a protected period ends before it starts',
    });
  });

  it('exports every item a search matches except the unticked ones', async () => {
    const { client } = engine;
    const matching = { archiveId: summary.archiveId, kinds: ['like' as const] };
    const page = await client.engine.queryItems({ ...matching, limit: 2 });
    const path = join(root, 'likes.csv');
    const jobId = client.startJob('export', {
      archiveId: summary.archiveId,
      items: { matching, exceptIds: [page.rows[0]!.id] },
      path,
      deletionList: true,
    });
    const end = (await engine.ended(jobId)) as JobEnd<'export'>;
    expect(end).toEqual({ outcome: 'done', result: { path, rows: page.total - 1 } });
    expect(readFileSync(path, 'utf8').trim().split('\r\n')).toHaveLength(page.total); // header + rows
    expect(steps(jobId).at(-1)).toEqual({ done: page.total - 1, total: page.total - 1 });
  });

  it('cancelled, leaves no half-written export behind', async () => {
    const path = join(root, 'all.csv');
    const jobId = engine.client.startJob('export', {
      archiveId: summary.archiveId,
      items: { all: true },
      path,
      deletionList: false,
    });
    engine.client.cancelJob(jobId);
    expect(await engine.ended(jobId)).toEqual({ outcome: 'cancelled' });
    expect(existsSync(path)).toBe(false);
  });

  it('imports a bookmark export as a job, and the library has the new count', async () => {
    const file = join(root, 'bookmarks.csv');
    // Enough rows for a file of several chunks and several progress reports while writing.
    writeCsv(file, makeBookmarks(0, 9000));
    const { client } = engine;
    const preview = await client.engine.previewBookmarks(file);
    const jobId = client.startJob('bookmarkImport', {
      archiveId: summary.archiveId,
      path: file,
      mapping: preview.mapping,
    });
    const end = (await engine.ended(jobId)) as JobEnd<'bookmarkImport'>;
    expect(end.outcome).toBe('done');
    if (end.outcome !== 'done') return;
    expect(end.result.imported).toBe(9000);
    expect((await client.engine.getSummary(summary.archiveId)).counts.bookmarks).toBe(
      end.result.summary.counts.bookmarks,
    );
    // Progress as the file is read and its rows written: on one scale, rising, ending at the whole.
    const reported = steps(jobId);
    expect(new Set(reported.map((s) => s.total)).size).toBe(1);
    const done = reported.map((s) => s.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(new Set(done).size).toBeGreaterThanOrEqual(6);
    expect(done.at(-1)).toBe(reported[0]!.total);
  });
});
