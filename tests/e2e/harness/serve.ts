/**
 * The end-to-end harness: serves the built renderer on 127.0.0.1 with `window.api` bridged to the real
 * engine over loopback. A random per-run token guards every call and every media file (the page gets
 * it as a meta tag for its calls and as a cookie for its images); requests for any other Host are refused.
 *   npm run serve:e2e -- --data-dir DIR --port PORT
 * Prints one JSON line {"url","token"} on stdout when ready.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSync } from 'esbuild';
import { jobEvents } from '../../../electron/engine/jobs/job-events';
import { createRequestHandlers, dispatchRequest } from '../../../electron/engine/service/handlers';
import { startEngine } from '../../../electron/engine/worker/engine-client';
import type { EventChannel, EventChannels } from '../../../shared/ipc/contract';
import { mimeFor, parseMediaPath, resolveInside } from '../../../electron/engine/service/static-files';
import { HarnessHost } from './harness-host';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    renderer: { type: 'string', default: resolve(import.meta.dirname, '../../../out/renderer') },
  },
});
const dataDir = values['data-dir'];
if (!dataDir) {
  process.stderr.write('error: --data-dir DIR is required\n');
  process.exit(2);
}
const rendererDir = resolve(values.renderer);
const token = randomBytes(24).toString('hex');

const bridgeJs = buildSync({
  entryPoints: [join(import.meta.dirname, 'bridge-client.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  write: false,
}).outputFiles[0]!.text;

const eventStreams = new Set<ServerResponse>();
function emit<C extends EventChannel>(channel: C, payload: EventChannels[C]): void {
  const frame = `event: ${channel}\ndata: ${JSON.stringify(payload)}\n\n`;
  for (const stream of eventStreams) stream.write(frame);
}

// The engine runs in its own worker thread, started and spoken to exactly as the app's main process does.
const client = startEngine({ dataDir, jobs: jobEvents(emit) });
const engine = client.engine;
const host = new HarnessHost(join(dataDir, '..', 'exports'));
const handlers = createRequestHandlers({ engine, jobs: client, host });

const TOKEN_COOKIE = 'xe-harness-token';

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

function isToken(value: string | undefined): boolean {
  const given = Buffer.from(value ?? '');
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The token from the request's header (calls) or its cookie (images the page loads). */
function carriesToken(req: IncomingMessage): boolean {
  const header = req.headers['x-harness-token'];
  if (typeof header === 'string') return isToken(header);
  const cookie = (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === TOKEN_COOKIE);
  return isToken(cookie?.[1]);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 8_000_000) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

function indexHtml(): string {
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  return html.replace(
    '<head>',
    `<head>\n    <meta name="xe-harness-token" content="${token}" />\n    <script src="/__bridge.js"></script>`,
  );
}

const server = createServer((req, res) => {
  void route(req, res).catch(() => send(res, 500, 'text/plain', 'harness error'));
});

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const address = server.address() as AddressInfo;
  if (req.headers.host !== `127.0.0.1:${address.port}`) return send(res, 403, 'text/plain', 'wrong host');
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${address.port}`);
  const origin = req.headers.origin;
  if (origin && origin !== `http://127.0.0.1:${address.port}`)
    return send(res, 403, 'text/plain', 'wrong origin');

  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/__test/')) {
    if (req.method !== 'POST' || !isToken(req.headers['x-harness-token'] as string | undefined))
      return send(res, 403, 'text/plain', 'no');
    const body = (await readJson(req)) as { input?: unknown };
    if (url.pathname.startsWith('/__test/'))
      return testControl(url.pathname.slice('/__test/'.length), body, res);
    const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
    try {
      const result = await dispatchRequest(handlers, channel, body.input ?? undefined);
      return send(res, 200, 'application/json', JSON.stringify({ ok: true, result: result ?? null }));
    } catch (error) {
      return send(
        res,
        200,
        'application/json',
        JSON.stringify({ ok: false, message: (error as Error).message }),
      );
    }
  }
  if (url.pathname === '/events') {
    if (url.searchParams.get('token') !== token) return send(res, 403, 'text/plain', 'no');
    res.writeHead(200, {
      'Content-Type': 'text/event-stream',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    eventStreams.add(res);
    req.on('close', () => eventStreams.delete(res));
    return;
  }
  if (url.pathname === '/__bridge.js') return send(res, 200, mimeFor('bridge.js'), bridgeJs);
  const media = parseMediaPath(url.pathname);
  if (media) {
    if (!carriesToken(req)) return send(res, 403, 'text/plain', 'no');
    try {
      const file = await engine.openMedia(media.archiveId, media.archivePath);
      res.writeHead(200, { 'Content-Type': file.mime, 'Content-Length': String(file.size) });
      file.stream.pipe(res);
    } catch {
      send(res, 404, 'text/plain', 'not found');
    }
    return;
  }
  if (url.pathname === '/' || url.pathname === '/index.html')
    return send(res, 200, mimeFor('index.html'), indexHtml(), {
      'Set-Cookie': `${TOKEN_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`,
    });
  const path = resolveInside(rendererDir, url.pathname);
  if (!path) return send(res, 404, 'text/plain', 'not found');
  try {
    send(res, 200, mimeFor(path), await readFile(path));
  } catch {
    send(res, 404, 'text/plain', 'not found');
  }
}

function testControl(action: string, body: { input?: unknown }, res: ServerResponse): void {
  if (action === 'next-pick' && typeof body.input === 'string') host.nextPicks.push(body.input);
  else if (action !== 'state') return send(res, 404, 'text/plain', 'unknown action');
  send(res, 200, 'application/json', JSON.stringify({ opened: host.opened, saved: host.saved }));
}

await client.ready;
server.listen(Number(values.port), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${port}/`, token })}\n`);
});

async function shutdown(): Promise<void> {
  server.close();
  for (const stream of eventStreams) stream.end();
  await client.close();
  await host.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown());
process.on('SIGINT', () => void shutdown());
