/**
 * A process that opens libraries on command, for the concurrency test: it loads the engine once,
 * says `ready`, then for each line `go <dataDir>` on stdin does what `x-exposure list` does plus
 * opening every archive (so both kinds of database migrate), and answers `ok <archives>` or
 * `error <message>`. Loading first lets the test start every opener at the same instant.
 */
import { createInterface } from 'node:readline';
import { Engine } from '../../../electron/engine/index';

function openOnce(dataDir: string): string {
  const engine = new Engine({ dataDir });
  try {
    const archives = engine.listArchives();
    for (const a of archives) engine.getVisibility(a.archiveId);
    return `ok ${archives.length}`;
  } finally {
    engine.close();
  }
}

process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  if (!line.startsWith('go ')) continue;
  let answer: string;
  try {
    answer = openOnce(line.slice(3));
  } catch (err) {
    answer = `error ${(err instanceof Error ? (err.stack ?? err.message) : String(err)).replace(/\s+/g, ' ')}`;
  }
  process.stdout.write(answer + '\n');
}
