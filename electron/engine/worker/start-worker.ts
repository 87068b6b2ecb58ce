/**
 * The one way to start any of the engine's worker threads, in the app, the e2e harness, the CLI, the
 * bench and tests. From a bundle (the app's out/main, the built CLI) it loads `<name>.js` built beside
 * the chunk holding this code (or one folder up). From TypeScript sources it registers tsx inside the
 * worker first: on Node 20 a worker started with `execArgv: ['--import', 'tsx']` gets no TypeScript
 * loader ("Unknown file extension .ts").
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

export type WorkerName = 'engine-worker' | 'import-worker' | 'classify-worker';

/** Each worker's entry among the TypeScript sources (one file each). */
const SOURCES: Record<WorkerName, string> = {
  'engine-worker': './engine-worker.ts',
  'import-worker': './import-worker.ts',
  'classify-worker': '../ingest/classify-worker.ts',
};

/** The built entry of a bundle, or null when this bundle was built without it. */
function builtEntry(name: WorkerName): URL | null {
  for (const candidate of [`./${name}.js`, `../${name}.js`]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/** True when this module runs from TypeScript sources (tsx, vitest), not from a build. */
export function runningFromSources(): boolean {
  return import.meta.url.endsWith('.ts');
}

/** Starts the named worker; throws when it cannot run here (a bundle built without it). */
export function startWorker(name: WorkerName, options: WorkerOptions = {}): Worker {
  if (!runningFromSources()) {
    const entry = builtEntry(name);
    if (!entry) throw new Error(`${name}.js is missing from this build`);
    return new Worker(entry, options);
  }
  const entry = new URL(SOURCES[name], import.meta.url).href;
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const source = `(async () => {
    const { register } = await import(${JSON.stringify(tsxApi)});
    register();
    await import(${JSON.stringify(entry)});
  })();`;
  return new Worker(source, { ...options, eval: true });
}
