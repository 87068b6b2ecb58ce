/** Starts the e2e harness (`tests/e2e/harness/serve.ts`) as a child process and talks to its test controls. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface Harness {
  url: string;
  token: string;
  port: number;
  /** The next `pickArchive` in the page returns this path. */
  nextPick(path: string): Promise<void>;
  state(): Promise<{ opened: string[]; saved: string[] }>;
  stop(): Promise<void>;
}

export async function startHarness(dataDir: string): Promise<Harness> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/e2e/harness/serve.ts', '--data-dir', dataDir, '--port', '0'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstLine = await new Promise<string>((resolveLine, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolveLine);
    child.once('exit', (code) => reject(new Error(`harness exited with ${code}: ${stderr}`)));
  });
  const { url, token } = JSON.parse(firstLine) as { url: string; token: string };
  const control = async (action: string, input?: unknown) => {
    const response = await fetch(new URL(`/__test/${action}`, url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Harness-Token': token },
      body: JSON.stringify({ input }),
    });
    return (await response.json()) as { opened: string[]; saved: string[] };
  };
  return {
    url,
    token,
    port: Number(new URL(url).port),
    nextPick: async (path) => void (await control('next-pick', path)),
    state: () => control('state'),
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
