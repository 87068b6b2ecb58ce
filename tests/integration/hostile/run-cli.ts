import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CLI = resolve(ROOT, 'bin/x-exposure.mjs');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  ms: number;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Node options placed before the script (e.g. `--import <preload>`). */
  nodeArgs?: string[];
  /** Wraps the command (e.g. `['unshare', '-n']`). */
  wrapper?: string[];
}

/** Starts `x-exposure <args>` in a child process (for tests that kill it themselves). */
export function spawnCli(args: string[], opts: RunOptions = {}): ChildProcess {
  const command = [...(opts.wrapper ?? []), process.execPath, ...(opts.nodeArgs ?? []), CLI, ...args];
  return spawn(command[0]!, command.slice(1), {
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs `x-exposure <args>` in a child process; SIGKILLs it when it outlives the time bound. */
export function runCli(args: string[], opts: RunOptions = {}): Promise<CliRun> {
  const started = performance.now();
  const child = spawnCli(args, opts);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, opts.timeoutMs ?? 20_000);
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      done({ code, signal, stdout, stderr, timedOut, ms: Math.round(performance.now() - started) });
    });
  });
}
