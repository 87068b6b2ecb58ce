#!/usr/bin/env node
/**
 * Builds the command line and the engine's worker entries to plain JavaScript in out/cli/, so
 * `x-exposure` starts with node alone (compiling TypeScript at every start took 1.8 s for `list`).
 *
 *   node scripts/build-cli.mjs             build
 *   node scripts/build-cli.mjs --if-stale  build only when out/cli is missing or older than a source
 *
 * esbuild (already installed, by tsx and vite) bundles in about a second: quick enough for
 * `npm run cli` to build on first use, and independent of electron-vite's app build (no renderer, no
 * Electron). Packages stay external (better-sqlite3 is native; all load from node_modules). The
 * workers are built beside the shared chunks, where start-worker.ts looks for `<name>.js`.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUT_DIR = join(ROOT, 'out/cli');
export const CLI_ENTRY = join(OUT_DIR, 'cli.js');

export const CLI_ENTRIES = {
  cli: 'electron/cli/main.ts',
  'engine-worker': 'electron/engine/worker/engine-worker.ts',
  'import-worker': 'electron/engine/worker/import-worker.ts',
  'classify-worker': 'electron/engine/ingest/classify-worker.ts',
};

/** What the build reads: a change to any of these makes out/cli stale. */
const SOURCES = ['electron', 'shared', 'resources/lexicons', 'package.json', 'scripts/build-cli.mjs'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newestMtime(join(path, name)));
  return latest;
}

export function cliBuildIsStale() {
  if (!existsSync(CLI_ENTRY)) return true;
  const built = statSync(CLI_ENTRY).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(ROOT, s)) > built);
}

/**
 * Builds into a folder of its own, then swaps it in, so a command started meanwhile (a test run
 * building while another runs the CLI) finds the old build or the new one, never half of one.
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const fresh = `${OUT_DIR}.new-${process.pid}`;
  const old = `${OUT_DIR}.old-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: CLI_ENTRIES,
    outdir: fresh,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    packages: 'external',
    legalComments: 'none',
    logLevel: 'warning',
  });
  if (existsSync(OUT_DIR)) renameSync(OUT_DIR, old);
  renameSync(fresh, OUT_DIR);
  rmSync(old, { recursive: true, force: true });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes('--if-stale') || cliBuildIsStale()) {
    const started = performance.now();
    await buildCli();
    process.stderr.write(`built ${OUT_DIR} in ${Math.round(performance.now() - started)} ms\n`);
  }
}
