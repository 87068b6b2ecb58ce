import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture } from './schema-fixtures';

/**
 * Several processes opening a new or an older library at the same instant (the app and the command
 * line, or several commands) all succeed: the migrations run once, under the write lock.
 * Real processes, started together by a barrier; a bounded number of rounds.
 */
const PROCESSES = 4;
const ROUNDS = 10;
const CHILD = resolve(__dirname, 'open-library-child.ts');

interface Opener {
  child: ChildProcessWithoutNullStreams;
  lines: Interface;
  next(): Promise<string>;
}

function startOpener(): Opener {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines = createInterface({ input: child.stdout });
  const queue: string[] = [];
  const waiting: Array<(line: string) => void> = [];
  lines.on('line', (line) => (waiting.length ? waiting.shift()!(line) : queue.push(line)));
  child.on('exit', (code) => {
    for (const w of waiting.splice(0)) w(`error the opener exited with ${code}`);
  });
  return {
    child,
    lines,
    next: () => (queue.length ? Promise.resolve(queue.shift()!) : new Promise((r) => waiting.push(r))),
  };
}

/** Every opener opens `dataDir` at once; their answers. */
async function openTogether(openers: Opener[], dataDir: string): Promise<string[]> {
  const answers = openers.map((o) => o.next());
  for (const o of openers) o.child.stdin.write(`go ${dataDir}\n`);
  return Promise.all(answers);
}

describe('several processes opening one library at once', () => {
  const work = mkdtempSync(join(tmpdir(), 'xexp-concurrent-'));
  let openers: Opener[] = [];

  beforeAll(async () => {
    openers = Array.from({ length: PROCESSES }, startOpener);
    expect(await Promise.all(openers.map((o) => o.next()))).toEqual(openers.map(() => 'ready'));
  });

  afterAll(() => {
    for (const o of openers) {
      o.lines.close();
      o.child.kill();
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('all succeed on a new data folder, every round', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const answers = await openTogether(openers, join(work, `new-${round}`));
      expect(answers, `round ${round}`).toEqual(openers.map(() => 'ok 0'));
    }
  });

  it('all succeed on a library and archive of an older schema, every round', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const dataDir = copyFixture('v33bc953', join(work, `old-${round}`));
      const answers = await openTogether(openers, dataDir);
      expect(answers, `round ${round}`).toEqual(openers.map(() => 'ok 1'));
    }
  });
});
