/**
 * How long `x-exposure list` takes on an empty library, as a person runs it (node + the built
 * command line, a fresh process each time), beside node alone starting and exiting.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, cliBuildIsStale } from '../build-cli.mjs';
import { percentile, round } from './stats';

const BIN = fileURLToPath(new URL('../../bin/x-exposure.mjs', import.meta.url));
const RUNS = 7;

function medianMs(args: string[]): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr.trim()}`);
  }
  return round(percentile(times, 50), 1);
}

export interface CliStart {
  listMs: number;
  nodeAloneMs: number;
}

export async function measureCliStart(): Promise<CliStart> {
  if (cliBuildIsStale()) await buildCli();
  const empty = mkdtempSync(join(tmpdir(), 'xexp-cli-start-'));
  try {
    return {
      listMs: medianMs([BIN, 'list', '--data-dir', empty]),
      nodeAloneMs: medianMs(['-e', '0']),
    };
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
}
