/**
 * `npm run bench -- --compare [--items N]`: imports the bench's synthetic archive and a "newer" one
 * derived from it with known differences (scripts/bench/newer-archive.ts), then times the engine's
 * comparison of the two (counts only, and with every id) and checks it found exactly the differences.
 */
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Engine, importArchive } from '../../electron/engine/index';
import type { CountKey } from '../../shared/model/compare';
import type { ArchiveComparison } from '../../shared/model/compare';
import { CACHE_DIR } from './archive-cache';
import { writeNewerArchive, type NewerArchiveChanges } from './newer-archive';
import { round } from './stats';

const OPTIONS = { dropEvery: 10, cloneEvery: 20, generationDate: '2026-09-15T09:00:00.000Z' };
const RUNS = 3;

/** Derived archives whose zip the bench's own cleanup has removed (an older generator's) go too. */
function removeOrphans(): void {
  for (const name of readdirSync(CACHE_DIR)) {
    const m = /^(.*)-newer(?:\.changes\.json|\.partial)?$/.exec(name);
    if (m && !existsSync(join(CACHE_DIR, `${m[1]}.zip`)))
      rmSync(join(CACHE_DIR, name), { recursive: true, force: true });
  }
}

/** The derived archive, cached next to the zip it comes from (with the changes it holds). */
async function ensureNewer(olderZip: string, log: (line: string) => void) {
  removeOrphans();
  const dir = join(CACHE_DIR, `${basename(olderZip, '.zip')}-newer`);
  const changesPath = `${dir}.changes.json`;
  if (existsSync(dir) && existsSync(changesPath)) {
    return { dir, changes: JSON.parse(readFileSync(changesPath, 'utf8')) as NewerArchiveChanges };
  }
  log(`deriving the newer archive into ${dir} ...`);
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const changes = await writeNewerArchive(olderZip, partial, OPTIONS);
  rmSync(dir, { recursive: true, force: true });
  renameSync(partial, dir);
  writeFileSync(changesPath, JSON.stringify(changes));
  return { dir, changes };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Keys where the comparison differs from the known changes (empty: exact). */
function mismatches(
  c: ArchiveComparison,
  changes: NewerArchiveChanges,
  olderCounts: ArchiveComparison['older']['counts'],
) {
  const out: string[] = [];
  for (const k of Object.keys(c.removed) as CountKey[]) {
    if (k === 'bookmarks') continue;
    const want = { removed: changes.dropped[k] ?? 0, added: changes.cloned[k] ?? 0 };
    if (c.removed[k] !== want.removed) out.push(`removed.${k} ${c.removed[k]} != ${want.removed}`);
    if (c.added[k] !== want.added) out.push(`added.${k} ${c.added[k]} != ${want.added}`);
    if (c.kept[k] !== olderCounts[k]! - want.removed) out.push(`kept.${k}`);
  }
  return out;
}

export async function runCompareBench(olderZip: string, dataDir: string, log: (line: string) => void) {
  const newer = await ensureNewer(olderZip, log);
  let t = performance.now();
  const a = await importArchive(olderZip, { dataDir });
  const b = await importArchive(newer.dir, { dataDir });
  log(`imported both archives in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const engine = new Engine({ dataDir });
  try {
    const rssBefore = process.memoryUsage.rss();
    let peakRss = rssBefore;
    const countsMs: number[] = [];
    let result: ArchiveComparison | null = null;
    for (let i = 0; i < RUNS; i++) {
      t = performance.now();
      result = engine.compareArchives(a.archiveId, b.archiveId);
      countsMs.push(performance.now() - t);
      peakRss = Math.max(peakRss, process.memoryUsage.rss());
    }
    t = performance.now();
    const withIds = engine.compareArchives(a.archiveId, b.archiveId, { withIds: true });
    const idsMs = performance.now() - t;
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    const wrong = mismatches(result!, newer.changes, a.counts);
    const idsTotal = Object.values(withIds.ids!.removed).reduce((n, l) => n + l.length, 0);
    return {
      olderItems: a.counts,
      newerItems: b.counts,
      compareSeconds: round(median(countsMs) / 1000, 3),
      compareRuns: countsMs.map((ms) => round(ms / 1000, 3)),
      compareWithIdsSeconds: round(idsMs / 1000, 3),
      removedIds: idsTotal,
      rssGrowthMB: round((peakRss - rssBefore) / 1048576, 1),
      exact: wrong.length === 0,
      mismatches: wrong,
      removed: result!.removed,
      added: result!.added,
    };
  } finally {
    engine.close();
  }
}

export function formatCompareBench(items: number, r: Awaited<ReturnType<typeof runCompareBench>>): string {
  return (
    [
      `compare ${items.toLocaleString('en')} items with a newer archive derived from it`,
      `counts only, median of ${r.compareRuns.length}: ${r.compareSeconds} s (runs ${r.compareRuns.join(', ')} s)`,
      `with every id: ${r.compareWithIdsSeconds} s (${r.removedIds.toLocaleString('en')} removed ids)`,
      `RSS growth during the comparisons: ${r.rssGrowthMB} MB`,
      r.exact ? 'found exactly the known differences' : `MISMATCH: ${r.mismatches.join('; ')}`,
    ].join('\n') + '\n'
  );
}
