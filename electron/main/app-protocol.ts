/**
 * The app's own origin, `app://x-exposure/`: serves the built renderer and media files read lazily from
 * the user's archive (`/media/<archiveId>/<path in archive>`). Nothing here touches the network.
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Protocol } from 'electron';
import type { RemoteEngine } from '../engine/worker/engine-client';
import { mimeFor, parseMediaPath, resolveInside } from '../engine/service/static-files';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://x-exposure`;

export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

function notFound(): Response {
  return new Response('Not found', { status: 404 });
}

export function handleAppProtocol(protocol: Protocol, rendererDir: string, engine: RemoteEngine): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'x-exposure') return notFound();
    const media = parseMediaPath(url.pathname);
    if (media) {
      try {
        const file = await engine.openMedia(media.archiveId, media.archivePath);
        return new Response(Readable.toWeb(file.stream) as ReadableStream, {
          headers: { 'Content-Type': file.mime, 'Content-Length': String(file.size) },
        });
      } catch {
        return notFound();
      }
    }
    const path = resolveInside(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!path) return notFound();
    try {
      const body = await readFile(path);
      return new Response(body, {
        headers: {
          'Content-Type': mimeFor(path),
          'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        },
      });
    } catch {
      return notFound();
    }
  });
}
