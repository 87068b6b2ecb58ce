/**
 * `npm run bench -- --peer`: the same zip (100,000 posts and 100,000 likes) imported by x-exposure
 * and loaded by twitter-archive-reader, side by side in one run, each in a process of its own
 * (scripts/bench/peer-child.mjs). Target: ours <= 0.5x the peer's time and peak memory. The floor of
 * the same zip (its data files inflated and parsed on one thread, bench/baseline.ts) is given beside
 * them: an import that must also classify and store cannot take less time than the floor on one core.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli, cliBuildIsStale } from '../build-cli.mjs';
import { ensureArchive } from './archive-cache';
import { runBaselineThread } from './baseline-thread';
import { round } from './stats';

const CHILD = fileURLToPath(new URL('./peer-child.mjs', import.meta.url));
export const PEER_COUNTS = {
  posts: 100_000,
  likes: 100_000,
  directMessages: 0,
  grokMessages: 0,
  deletedPosts: 0,
  communityPosts: 0,
} as const;
export const PEER_TARGET = 0.5;

interface Side {
  seconds: number;
  /** The whole process's CPU time (all threads): steadier than wall time on a busy machine. */
  cpuSeconds: number;
  maxRssMB: number;
}

export interface PeerFigures {
  zip: string;
  ours: Side;
  peer: Side;
  /** The floor of the same zip, on one thread. */
  floor: { seconds: number; cpuSeconds: number };
  timeRatio: number;
  memoryRatio: number;
  pass: { time: boolean; memory: boolean };
}

function runSide(args: string[]): Side {
  const child = spawnSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`${args[0]} failed: ${child.stderr.trim().split('\n').pop()}`);
  return JSON.parse(child.stdout) as Side;
}

export async function runPeerBench(seed: number, log: (line: string) => void): Promise<PeerFigures> {
  if (cliBuildIsStale()) await buildCli();
  const archive = ensureArchive(200_000, seed, log, PEER_COUNTS);
  const dataDir = mkdtempSync(join(tmpdir(), 'xexp-peer-'));
  try {
    log(`x-exposure import of ${archive.path} ...`);
    const ours = runSide(['ours', archive.path, dataDir]);
    log(`twitter-archive-reader load of the same zip ...`);
    const peer = runSide(['peer', archive.path]);
    log(`the floor of the same zip (inflate + parse, one thread) ...`);
    const floor = await runBaselineThread(archive.path);
    const timeRatio = round(ours.seconds / peer.seconds);
    const memoryRatio = round(ours.maxRssMB / peer.maxRssMB);
    return {
      zip: archive.path,
      ours: { ...ours, seconds: round(ours.seconds), cpuSeconds: round(ours.cpuSeconds) },
      peer: { ...peer, seconds: round(peer.seconds), cpuSeconds: round(peer.cpuSeconds) },
      floor: { seconds: round(floor.seconds), cpuSeconds: round(floor.cpuSeconds) },
      timeRatio,
      memoryRatio,
      pass: { time: timeRatio <= PEER_TARGET, memory: memoryRatio <= PEER_TARGET },
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatPeerBench(f: PeerFigures): string {
  const row = (label: string, ours: string, peer: string, ratio: number, pass: boolean) =>
    `${label.padEnd(14)} ${ours.padStart(10)} ${peer.padStart(10)} ${String(ratio).padStart(7)}   target <= ${PEER_TARGET} ${pass ? 'PASS' : 'FAIL'}`;
  return (
    [
      `100,000 posts + 100,000 likes (${f.zip})`,
      `${''.padEnd(14)} ${'x-exposure'.padStart(10)} ${'peer'.padStart(10)} ${'ratio'.padStart(7)}`,
      row('time (s)', String(f.ours.seconds), String(f.peer.seconds), f.timeRatio, f.pass.time),
      `${'CPU (s)'.padEnd(14)} ${String(f.ours.cpuSeconds).padStart(10)} ${String(f.peer.cpuSeconds).padStart(10)} ${String(round(f.ours.cpuSeconds / f.peer.cpuSeconds)).padStart(7)}`,
      row('peak RSS (MB)', String(f.ours.maxRssMB), String(f.peer.maxRssMB), f.memoryRatio, f.pass.memory),
      `floor of the same zip (inflate + parse, one thread): ${f.floor.seconds} s (CPU ${f.floor.cpuSeconds} s); ${PEER_TARGET}x the peer's time: ${round(f.peer.seconds * PEER_TARGET)} s`,
      'peer: twitter-archive-reader (loads the archive into memory; x-exposure also classifies, indexes and writes SQLite)',
    ].join('\n') + '\n'
  );
}
