/**
 * The bench's synthetic archive: built once per (items, seed, generator source) into bench-data/
 * by the generator's CLI in a child process, so generating never counts towards the bench's memory.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const GENERATOR = join(REPO, 'tests/fixtures/generator');
export const CACHE_DIR = join(REPO, 'bench-data');

/** Hash of the generator's sources: a changed generator never reuses a stale archive. */
function generatorHash(): string {
  const hash = createHash('sha1');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else hash.update(e.name).update(readFileSync(path));
    }
  };
  walk(GENERATOR);
  return hash.digest('hex').slice(0, 10);
}

export interface BenchArchive {
  path: string;
  reused: boolean;
  generateSeconds: number | null;
  zipBytes: number;
}

/** `counts` sets exact per-type counts (the generator's --counts), e.g. the peer comparison's 100k posts + 100k likes. */
export function ensureArchive(
  items: number,
  seed: number,
  log: (line: string) => void,
  counts?: Readonly<Record<string, number>>,
): BenchArchive {
  mkdirSync(CACHE_DIR, { recursive: true });
  const countsTag = counts
    ? `${Object.entries(counts)
        .map(([k, n]) => `${k}${n}`)
        .join('-')}-`
    : '';
  const stem = `modern-${items}-seed${seed}-${countsTag}`;
  const path = join(CACHE_DIR, `${stem}${generatorHash()}.zip`);
  if (existsSync(path)) return { path, reused: true, generateSeconds: null, zipBytes: statSync(path).size };
  // Archives from an older generator are never reused: drop them (and only them) rather than let them pile up.
  const stale = new RegExp(`^${stem}[0-9a-f]{10}\\.zip(\\.partial\\.zip(\\.staging)?)?$`);
  for (const name of readdirSync(CACHE_DIR)) {
    if (stale.test(name)) rmSync(join(CACHE_DIR, name), { recursive: true, force: true });
  }
  log(`generating ${items.toLocaleString('en')} items into ${path} ...`);
  const started = performance.now();
  const partial = `${path}.partial.zip`;
  const child = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(GENERATOR, 'cli.ts'),
      '--out',
      partial,
      '--items',
      String(items),
      '--seed',
      String(seed),
      ...(counts ? ['--counts', JSON.stringify(counts)] : []),
    ],
    { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`the generator failed (exit ${child.status})`);
  renameSync(partial, path);
  log(child.stdout.trim());
  return {
    path,
    reused: false,
    generateSeconds: (performance.now() - started) / 1000,
    zipBytes: statSync(path).size,
  };
}
