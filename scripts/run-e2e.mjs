#!/usr/bin/env node
// Runs the end-to-end suite: builds the renderer if needed, checks Debian's Chromium is there, then vitest's e2e project.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`error: Chromium not found at ${chromium}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  process.exit(1);
}
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
if (!existsSync('out/renderer/index.html')) {
  const status = run('npx', ['electron-vite', 'build']);
  if (status !== 0) process.exit(status);
}
process.exit(run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)]));
