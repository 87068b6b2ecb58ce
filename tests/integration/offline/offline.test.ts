import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { generateArchive, type GeneratedArchive } from '../../fixtures/generator/index';
import { ROOT, runCli, type CliRun } from '../hostile/run-cli';

const PRELOAD = resolve(import.meta.dirname, 'no-network.mjs');
const RUN_ENGINE = resolve(import.meta.dirname, 'run-engine.ts');
const REAL = '/work/shared/fixtures/real';
const REAL_ARCHIVES = [
  'alrocar__x',
  'MorangTheClang__Twitter2',
  'MorangTheClang__TwitterArchiveBefore',
  'dogsheep__twitter-to-sqlite/tests/zip_contents',
  'gedankenstuecke__twitter-analyser/test_archive_2016_2017_2_months.zip.extracted',
];

interface Attempt {
  kind: 'network' | 'ipc' | 'ready';
  api: string;
  detail: string;
}

function attempts(log: string): Attempt[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Attempt);
}

/** Runs a node script with the no-network preload; returns the run and what the preload recorded. */
function runGuarded(args: string[], log: string, timeoutMs = 120_000): Promise<CliRun & { seen: Attempt[] }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', '--import', PRELOAD, ...args], {
      cwd: ROOT,
      env: { ...process.env, XE_NET_LOG: log },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.once('error', fail);
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Math.round(performance.now() - started);
      done({ code, signal, stdout, stderr, timedOut, ms, seen: attempts(log) });
    });
  });
}

const CLI = join(ROOT, 'bin/x-exposure.mjs');

/** Socket families and connect targets a process and all its threads used, from strace. */
function straceSockets(trace: string): { families: string[]; connects: string[] } {
  const families = [...trace.matchAll(/socket\((AF_\w+)/g)].map((m) => m[1]!);
  const connects = [...trace.matchAll(/connect\(\d+, \{sa_family=(AF_\w+)(?:, sun_path="([^"]*)")?/g)].map(
    (m) => `${m[1]}${m[2] ? ` ${m[2]}` : ''}`,
  );
  return { families, connects };
}

const hasStrace = spawnSync('strace', ['-f', '-qq', '-e', 'trace=socket', 'true']).status === 0;
const hasUnshare = spawnSync('unshare', ['-n', 'true']).status === 0;

describe('offline: the engine and the CLI never touch the network', () => {
  let root: string;
  let archive: GeneratedArchive;
  let n = 0;
  const logFile = () => join(root, `net-${n++}.log`);

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-offline-'));
    archive = await generateArchive({ out: join(root, 'archive.zip'), items: 3000, seed: 21 });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('the preload really blocks and records every kind of outbound call (control)', async () => {
    const script = `
      const tries = {
        fetch: () => fetch('https://example.com/'),
        httpGet: () => require('node:http').get('http://example.com/'),
        httpsRequest: () => require('node:https').request('https://example.com/'),
        netConnect: () => require('node:net').connect(80, 'example.com'),
        socketConnect: () => new (require('node:net').Socket)().connect({ port: 443, host: '93.184.215.14' }),
        tlsConnect: () => require('node:tls').connect(443, 'example.com'),
        dnsLookup: () => require('node:dns').lookup('example.com', () => {}),
        dnsResolve: () => require('node:dns').promises.resolve4('example.com'),
        resolver: () => new (require('node:dns').Resolver)().resolve('example.com', () => {}),
        udp: () => require('node:dgram').createSocket('udp4'),
        http2: () => require('node:http2').connect('https://example.com'),
        webSocket: () => new WebSocket('wss://example.com'),
      };
      (async () => {
        const out = {};
        for (const [name, fn] of Object.entries(tries)) {
          try { await fn(); out[name] = 'allowed'; } catch (e) { out[name] = e.code === 'E_OFFLINE_TEST' ? 'blocked' : String(e); }
        }
        process.stdout.write(JSON.stringify(out));
      })();`;
    const log = logFile();
    const run = await runGuarded(['-e', script], log);
    expect(run.code, run.stderr).toBe(0);
    const results = JSON.parse(run.stdout) as Record<string, string>;
    expect(
      Object.values(results).every((r) => r === 'blocked'),
      JSON.stringify(results),
    ).toBe(true);
    expect(run.seen.filter((a) => a.kind === 'network').map((a) => a.api)).toEqual([
      'fetch',
      'http.get',
      'https.request',
      'net.Socket.connect',
      'net.Socket.connect',
      'tls.connect',
      'dns.lookup',
      'dns.resolve4',
      'dns.resolve',
      'dgram.createSocket',
      'http2.connect',
      'WebSocket',
    ]);
  });

  it('CLI import, list, summary and report of a generated archive make no network call', async () => {
    const dataDir = join(root, 'cli-data');
    const log = logFile();
    const imported = await runGuarded([CLI, 'import', archive.path, '--json', '--data-dir', dataDir], log);
    expect(imported.code, imported.stderr).toBe(0);
    const summary = JSON.parse(imported.stdout) as ArchiveSummary;
    expect(summary.counts).toEqual(archive.counts);
    for (const args of [
      ['list', '--json'],
      ['summary', summary.archiveId, '--json'],
      ['report', summary.archiveId, '--out', join(root, 'report.html')],
      ['report', summary.archiveId, '--out', join(root, 'items.csv')],
    ]) {
      const run = await runGuarded([CLI, ...args, '--data-dir', dataDir], log);
      expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    }
    const seen = attempts(log);
    expect(seen.filter((a) => a.kind === 'ready')).toHaveLength(5);
    expect(seen.filter((a) => a.kind === 'network')).toEqual([]);
  });

  it.each(REAL_ARCHIVES)('CLI import of the real archive %s makes no network call', async (name) => {
    const log = logFile();
    const run = await runGuarded(
      [CLI, 'import', join(REAL, name), '--json', '--data-dir', join(root, 'real-data')],
      log,
    );
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as ArchiveSummary).files.length).toBeGreaterThan(0);
    expect(run.seen.filter((a) => a.kind === 'network')).toEqual([]);
  });

  it('the engine (import in the main thread and in a worker, queries, detail, media, CSV, report) makes no network call', async () => {
    const work = join(root, 'engine-run');
    mkdirSync(work);
    const log = logFile();
    const run = await runGuarded([RUN_ENGINE, archive.path, work], log);
    expect(run.timedOut, 'the engine run did not exit').toBe(false);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      counts: unknown;
      workerCounts: unknown;
      details: number;
      media: number;
    };
    expect(out.counts).toEqual(archive.counts);
    expect(out.workerCounts).toEqual(archive.counts);
    expect(out.details).toBeGreaterThan(50);
    expect(out.media).toBeGreaterThan(0);
    expect(run.seen.filter((a) => a.kind === 'network')).toEqual([]);
  });

  it.skipIf(!hasStrace)(
    'seen from the kernel (strace, every thread): no socket but local Unix ones, no DNS',
    async () => {
      const trace = join(root, 'strace.txt');
      const work = join(root, 'strace-run');
      mkdirSync(work);
      const result = spawnSync(
        'strace',
        [
          '-f',
          '-qq',
          '-e',
          'trace=socket,connect',
          '-o',
          trace,
          process.execPath,
          '--import',
          'tsx',
          RUN_ENGINE,
          archive.path,
          work,
        ],
        { cwd: ROOT, encoding: 'utf8', timeout: 180_000 },
      );
      expect(result.status, result.stderr).toBe(0);
      const { families, connects } = straceSockets(readFileSync(trace, 'utf8'));
      expect(families.filter((f) => f !== 'AF_UNIX')).toEqual([]);
      expect(connects.filter((c) => !c.startsWith('AF_UNIX') || c.includes('nscd'))).toEqual([]);
    },
    240_000,
  );

  it.skipIf(!hasUnshare)('imports the same in a process with no network at all (unshare -n)', async () => {
    const isolated = await runCli(
      ['import', archive.path, '--json', '--data-dir', join(root, 'unshared-data')],
      {
        wrapper: ['unshare', '-n'],
        timeoutMs: 120_000,
      },
    );
    expect(isolated.code, isolated.stderr).toBe(0);
    expect((JSON.parse(isolated.stdout) as ArchiveSummary).counts).toEqual(archive.counts);
  });
});
