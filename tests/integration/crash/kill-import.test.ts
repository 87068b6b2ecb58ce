import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary, Counts } from '../../../shared/model/summary';
import { Engine } from '../../../electron/engine/index';
import { generateArchive } from '../../fixtures/generator/index';
import { runCli, spawnCli } from '../hostile/run-cli';
import { sha256File } from '../hostile/tree-snapshot';

/** mulberry32: the kill points are random but the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KILLS = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function partials(dataDir: string): string[] {
  const dir = join(dataDir, 'archives');
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.includes('.partial')) : [];
}

/** Bytes written so far to the import's partial database (0 when there is none). */
function partialBytes(dataDir: string): number {
  let total = 0;
  for (const name of partials(dataDir)) {
    try {
      total += statSync(join(dataDir, 'archives', name)).size;
    } catch {
      // renamed or removed between the listing and the stat
    }
  }
  return total;
}

async function importJson(path: string, dataDir: string): Promise<{ summary: ArchiveSummary; ms: number }> {
  const run = await runCli(['import', path, '--json', '--data-dir', dataDir], { timeoutMs: 120_000 });
  expect(run.code, run.stderr).toBe(0);
  return { summary: JSON.parse(run.stdout) as ArchiveSummary, ms: run.ms };
}

/** What the library holds, read with a fresh Engine (as the app does on its next start). */
function libraryState(dataDir: string, check: (engine: Engine) => void = () => {}) {
  const engine = new Engine({ dataDir });
  try {
    check(engine);
    return engine.listArchives().map((e) => ({ id: e.archiveId, counts: e.counts, partial: e.partial }));
  } finally {
    engine.close();
  }
}

describe('crash safety: the importing process is SIGKILLed at random points', () => {
  let root: string;
  let bigZip: string;
  let bigCounts: Counts;
  let reference: { ms: number; summary: ArchiveSummary };
  let referenceBytes: number;
  const log: string[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-crash-'));
    const big = await generateArchive({ out: join(root, 'big.zip'), items: 80_000, seed: 3, media: false });
    bigZip = big.path;
    bigCounts = big.counts;
    reference = await importJson(bigZip, join(root, 'reference-data'));
    expect(reference.summary.counts).toEqual(bigCounts);
    referenceBytes = statSync(
      join(root, 'reference-data', 'archives', `${reference.summary.archiveId}.sqlite`),
    ).size;
  });

  afterAll(() => {
    if (log.length > 0) console.log(`\nKill points (import takes ${reference.ms} ms):\n${log.join('\n')}\n`);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it(`keeps the library exactly as it was across ${KILLS} kills, cleans up, and re-imports`, async () => {
    const dataDir = join(root, 'data');
    const small = await generateArchive({ out: join(root, 'small.zip'), items: 500, seed: 11, media: false });
    const before = (await importJson(small.path, dataDir)).summary;
    const smallDb = join(dataDir, 'archives', `${before.archiveId}.sqlite`);
    const smallHash = sha256File(smallDb);
    let expected = libraryState(dataDir);
    expect(expected.map((e) => e.id)).toEqual([before.archiveId]);

    const random = prng(2024);
    let sawPartial = 0;
    for (let k = 0; k < KILLS; k++) {
      const child = spawnCli(['import', bigZip, '--json', '--data-dir', dataDir]);
      const exited = new Promise<NodeJS.Signals | null>((done) =>
        child.once('exit', (_code, signal) => done(signal)),
      );
      const started = performance.now();
      let at: number;
      if (k === 0) {
        // Once while the process starts and plans, before any database file exists.
        at = Math.round(300 + 400 * random());
        await sleep(at);
      } else {
        // Then at seeded points of the writing phase, measured by how much of the database is written
        // (not by time, which depends on how busy the machine is).
        const target = referenceBytes * (0.05 + 0.85 * random());
        while (partialBytes(dataDir) < target && child.exitCode === null) await sleep(5);
        at = Math.round(performance.now() - started);
      }
      const writing = partials(dataDir);
      child.kill('SIGKILL');
      const signal = await exited;
      const left = partials(dataDir);
      log.push(
        `  kill ${k + 1} at ${at} ms: ${signal === 'SIGKILL' ? 'killed' : 'had already exited'}; partial files ${writing.length > 0 ? 'present' : 'absent'} at the kill, ${left.length} left behind`,
      );
      if (writing.length > 0) sawPartial++;

      // Next start: a fresh Engine lists exactly what was complete before, with the same data.
      const state = libraryState(dataDir, (engine) => {
        const page = engine.queryItems({ archiveId: before.archiveId, limit: 1 });
        expect(page.total).toBeGreaterThan(0);
        expect(engine.getSummary(before.archiveId)).toEqual(before);
      });
      if (signal === 'SIGKILL') {
        // Also when the killed run was re-importing an archive the library already holds.
        expect(state).toEqual(expected);
      } else {
        // The import finished before the kill: it is there in full, beside the first one.
        expect(state.find((e) => e.id === reference.summary.archiveId)?.counts).toEqual(bigCounts);
        expect(state).toHaveLength(2);
        expected = state;
      }
      expect(partials(dataDir)).toEqual([]);
      expect(sha256File(smallDb)).toBe(smallHash);
    }
    // The seeded points land while the database is being written.
    expect(sawPartial).toBeGreaterThanOrEqual(KILLS - 2);

    const again = await importJson(bigZip, dataDir);
    expect(again.summary.counts).toEqual(bigCounts);
    expect(again.summary.archiveId).toBe(reference.summary.archiveId);
    const final = libraryState(dataDir, (engine) => {
      expect(engine.queryItems({ archiveId: again.summary.archiveId, kinds: ['like'], limit: 1 }).total).toBe(
        bigCounts.likes,
      );
    });
    expect(final.map((e) => e.id).sort()).toEqual([before.archiveId, again.summary.archiveId].sort());
    expect(sha256File(smallDb)).toBe(smallHash);
  }, 600_000);
});
