import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateArchive } from '../../fixtures/generator/index';
import { Engine, importArchive } from '../../../electron/engine/index';
import { archiveDbPath } from '../../../electron/engine/library/paths';
import { tempDir } from './helpers';
import { CIRCLE_PERIOD } from '../../../shared/exposure/circle';

const work = tempDir('xexp-circle-');
afterAll(() => work.cleanup());

/** The Overview's note about posts made while Circle existed, if it shows. */
const circleNote = (engine: Engine, archiveId: string) =>
  engine.getOverview(archiveId).missing.find((m) => m.what === 'Which posts went to your Circle')?.meaning;

describe('Circle posts', () => {
  it('an archive made in Jan 2023 lists Circle posts in their own file: they get the Circle visibility, not public', async () => {
    const out = join(work.dir, 'jan2023.zip');
    const generated = await generateArchive({
      out,
      items: 600,
      seed: 41,
      layout: 'modern',
      generationDate: '2023-01-20T12:00:00.000Z',
      counts: { circlePosts: 7 },
    });
    expect(generated.files.some((f) => f.path === 'data/twitter-circle-tweet.js')).toBe(true);
    const dataDir = join(work.dir, 'data-jan');
    const summary = await importArchive(out, { dataDir });
    expect(summary.counts).toEqual(generated.counts);
    expect(summary.files.find((f) => f.path === 'data/twitter-circle-tweet.js')).toMatchObject({
      status: 'imported',
      records: 7,
    });
    expect(summary.exposure.visibility.circle).toBe(7);
    const db = new Database(archiveDbPath(dataDir, summary.archiveId), { readonly: true });
    try {
      const rows = db
        .prepare(
          `SELECT visibility, channels FROM items WHERE kind = 'post' AND source_id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(generated.circlePostIds)) as Array<{ visibility: string; channels: number }>;
      expect(rows).toHaveLength(7);
      // Third-party only (bit 0): neither Grok training nor the open web.
      expect(rows.every((r) => r.visibility === 'circle' && r.channels === 1)).toBe(true);
    } finally {
      db.close();
    }
    // The archive marks its Circle posts: nothing to warn about.
    const engine = new Engine({ dataDir });
    try {
      expect(engine.getOverview(summary.archiveId).missing.map((m) => m.what)).not.toContain(
        'Which posts went to your Circle',
      );
    } finally {
      engine.close();
    }
  });

  it('a later archive does not mark Circle posts: the overview says so when the account posted while Circle existed', async () => {
    const out = join(work.dir, 'later.zip');
    await generateArchive({ out, items: 1500, seed: 42, layout: 'modern' });
    const dataDir = join(work.dir, 'data-later');
    const summary = await importArchive(out, { dataDir });
    const engine = new Engine({ dataDir });
    try {
      const db = new Database(archiveDbPath(dataDir, summary.archiveId), { readonly: true });
      const inPeriod = db
        .prepare(
          "SELECT count(*) FROM items WHERE kind = 'post' AND created_at >= '2022-08-30' AND created_at < '2023-11-01'",
        )
        .pluck()
        .get() as number;
      db.close();
      expect(inPeriod).toBeGreaterThan(0);
      const note = engine
        .getOverview(summary.archiveId)
        .missing.find((m) => m.what === 'Which posts went to your Circle');
      expect(note?.meaning).toContain(
        `You posted ${inPeriod.toLocaleString('en')} times between 30 Aug 2022 and 31 Oct 2023`,
      );
      expect(summary.exposure.visibility.circle).toBe(0);
    } finally {
      engine.close();
    }
  });

  it('a period the user marks as Circle-only makes their own posts in it Circle posts, kept across a re-import', async () => {
    const out = join(work.dir, 'marked.zip');
    await generateArchive({ out, items: 1500, seed: 43, layout: 'modern' });
    const dataDir = join(work.dir, 'data-marked');
    const summary = await importArchive(out, { dataDir });
    const engine = new Engine({ dataDir });
    try {
      const id = summary.archiveId;
      // The second end lies after Circle closed: it is cut to 31 Oct 2023.
      const marked = engine.setVisibility(id, {
        circleRanges: [{ from: '2022-01-01', to: '2024-06-01' }],
      });
      const inPeriod = engine.queryItems({
        archiveId: id,
        kinds: ['post'],
        from: '2022-08-30',
        to: '2023-10-31',
        limit: 1,
      }).total;
      expect(inPeriod).toBeGreaterThan(0);
      expect(marked.exposure.visibility.circle).toBe(inPeriod);
      expect(engine.getVisibility(id).circleRanges).toEqual([
        { from: CIRCLE_PERIOD.from, to: CIRCLE_PERIOD.until },
      ]);
      const circleRows = engine.queryItems({ archiveId: id, visibilities: ['circle'], limit: 5000 }).rows;
      expect(circleRows.every((r) => r.kind === 'post')).toBe(true);
      expect(circleRows.every((r) => r.channels.join() === 'thirdParty')).toBe(true);
      const detail = engine.getItemDetail(id, circleRows[0]!.id);
      expect(detail.channelReasons.grokTraining.inScope).toBe(false);
      expect(detail.channelReasons.grokTraining.reasons.map((r) => r.certainty)).toContain('uncertain');
      // Posts outside the period and likes, DMs and the rest keep their visibility.
      const later = engine.queryItems({
        archiveId: id,
        kinds: ['post'],
        from: '2023-11-01',
        sort: 'dateAsc',
        limit: 1,
      });
      expect(later.rows[0]?.visibility).not.toBe('circle');
      // The Overview's note follows the marking instead of saying the posts are counted as public.
      expect(circleNote(engine, id)).toContain(
        `you gave one period when you posted to your Circle only. All ${inPeriod.toLocaleString('en')} count as shared with your Circle only.`,
      );
      expect(circleNote(engine, id)).not.toContain('so each of these is counted as public');

      const again = await importArchive(out, { dataDir });
      expect(again.exposure).toEqual(marked.exposure);
      expect(engine.getVisibility(id).circleRanges).toEqual([
        { from: CIRCLE_PERIOD.from, to: CIRCLE_PERIOD.until },
      ]);

      expect(() =>
        engine.setVisibility(id, { circleRanges: [{ from: '2024-01-01', to: '2024-02-01' }] }),
      ).toThrow(/outside the time Twitter Circle existed/);
      // Part of the time marked: the note counts both sides.
      const part = engine.setVisibility(id, {
        circleRanges: [
          { from: '2022-09-01', to: '2022-12-31' },
          { from: '2023-05-01', to: '2023-06-30' },
        ],
      }).exposure.visibility.circle;
      expect(part).toBeGreaterThan(0);
      expect(part).toBeLessThan(inPeriod);
      expect(circleNote(engine, id)).toContain(
        `you gave 2 periods when you posted to your Circle only. ${part.toLocaleString('en')} of them count as shared with your Circle only; the other ${(inPeriod - part).toLocaleString('en')}`,
      );
      expect(engine.setVisibility(id, { circleRanges: [] }).exposure).toEqual(summary.exposure);
      expect(circleNote(engine, id)).toContain('so each of these is counted as public or protected');
      expect(circleNote(engine, id)).toContain(
        'If you used Circle, you can give its dates in the app’s Settings',
      );
    } finally {
      engine.close();
    }
  });

  it("an archive that lists its Circle posts keeps X's own list over a period the user marks", async () => {
    const out = join(work.dir, 'listed.zip');
    await generateArchive({
      out,
      items: 600,
      seed: 44,
      layout: 'modern',
      generationDate: '2023-01-20T12:00:00.000Z',
      counts: { circlePosts: 5 },
    });
    const dataDir = join(work.dir, 'data-listed');
    const summary = await importArchive(out, { dataDir });
    const engine = new Engine({ dataDir });
    try {
      const marked = engine.setVisibility(summary.archiveId, {
        circleRanges: [{ from: CIRCLE_PERIOD.from, to: CIRCLE_PERIOD.until }],
      });
      expect(marked.exposure.visibility.circle).toBe(5);
      expect(engine.getVisibility(summary.archiveId).archiveMarksCircle).toBe(true);
    } finally {
      engine.close();
    }
  });
});
