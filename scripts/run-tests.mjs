#!/usr/bin/env node
// `npm test`: every suite, each run even when an earlier one failed (so CI counts every test):
// unit, components and integration in one vitest run, then the end-to-end suite (scripts/run-e2e.mjs).
import { spawnSync } from 'node:child_process';

const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

const suites = run('npx', [
  'vitest',
  'run',
  '--project',
  'unit',
  '--project',
  'components',
  '--project',
  'integration',
]);
const e2e = run(process.execPath, ['scripts/run-e2e.mjs']);
process.exit(suites !== 0 ? suites : e2e);
