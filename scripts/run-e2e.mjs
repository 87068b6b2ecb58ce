#!/usr/bin/env node
// Runs the end-to-end suite: builds the renderer if needed, checks Debian's Chromium is there, then vitest's e2e project.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `error: Chromium not found at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`,
  );
  process.exit(1);
}
const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
/** Newest modification time of any file below `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}
const built = 'out/main/index.js';
const stale =
  !existsSync(built) ||
  Math.max(newest('renderer'), newest('shared'), newest('electron')) > statSync(built).mtimeMs;
if (stale) {
  const status = run('npx', ['electron-vite', 'build']);
  if (status !== 0) process.exit(status);
}
process.exit(run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)]));
