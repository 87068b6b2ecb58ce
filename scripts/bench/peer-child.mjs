#!/usr/bin/env node
/**
 * One side of `npm run bench -- --peer`, alone in its own process so its time and peak memory are
 * its own: `ours <zip> <dataDir>` imports with the built command line (out/cli, as `x-exposure
 * import` runs), `peer <zip>` loads the zip with twitter-archive-reader. Prints one JSON line:
 * { seconds, cpuSeconds, maxRssMB } (CPU: every thread of the process, user and system).
 */
import { Writable } from 'node:stream';

const [side, zip, dataDir] = process.argv.slice(2);
const sink = () => new Writable({ write: (_chunk, _enc, done) => done() });
let seconds;
if (side === 'ours') {
  const { main } = await import('../../out/cli/cli.js');
  const started = performance.now();
  const code = await main(['import', zip, '--json', '--data-dir', dataDir], {
    stdout: sink(),
    stderr: sink(),
  });
  seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`x-exposure import exited with ${code}`);
} else if (side === 'peer') {
  const { TwitterArchive } = await import('twitter-archive-reader');
  const started = performance.now();
  const archive = new TwitterArchive(zip);
  await archive.ready();
  seconds = (performance.now() - started) / 1000;
  if (archive.tweets.length === 0) throw new Error('twitter-archive-reader read no posts');
} else {
  throw new Error('usage: peer-child.mjs ours|peer <zip> [dataDir]');
}
const usage = process.resourceUsage();
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
process.stdout.write(
  JSON.stringify({ seconds, cpuSeconds, maxRssMB: Math.round(usage.maxRSS / 1024) }) + '\n',
);
