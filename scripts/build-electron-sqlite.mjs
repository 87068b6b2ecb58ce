#!/usr/bin/env node
/**
 * better-sqlite3 has two ABIs: Node's (tests, CLI) stays in node_modules as npm built it; Electron's is
 * built here into .electron-sqlite/<electron version>/better_sqlite3.node and loaded by the app through
 * better-sqlite3's `nativeBinding` option. So `npm test` and `npm start` both work, in any order,
 * without reinstalling. Needs the network once (Electron's headers or a prebuilt binary).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const target = join('.electron-sqlite', electronVersion, 'better_sqlite3.node');
if (existsSync(target)) {
  console.log(`better-sqlite3 for Electron ${electronVersion} is ready (${target}).`);
  process.exit(0);
}

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(join(tmpdir(), 'xe-electron-sqlite-'));
cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join('build', 'Release')}`) });
const run = (cmd, args) =>
  spawnSync(cmd, args, { cwd: work, stdio: 'inherit', shell: process.platform === 'win32' }).status;
const common = [`--target=${electronVersion}`, `--arch=${process.arch}`];

console.log(`Building better-sqlite3 for Electron ${electronVersion} in ${work} ...`);
let status = run(process.execPath, [
  require.resolve('prebuild-install/bin.js', { paths: [source] }),
  '--runtime=electron',
  ...common,
]);
if (status !== 0) {
  status = run(process.execPath, [
    require.resolve('node-gyp/bin/node-gyp.js'),
    'rebuild',
    '--release',
    ...common,
    '--dist-url=https://electronjs.org/headers',
  ]);
}
const built = join(work, 'build', 'Release', 'better_sqlite3.node');
if (status !== 0 || !existsSync(built)) {
  console.error(
    'error: could not build better-sqlite3 for Electron (it needs the network once). The CLI and tests are unaffected.',
  );
  process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });
cpSync(built, target);
rmSync(work, { recursive: true, force: true });
console.log(`Built ${target}.`);
