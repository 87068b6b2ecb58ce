/** Serving the built renderer's files: shared by the app's protocol and the e2e harness. */
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function mimeFor(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** Resolves a URL path inside `root`, refusing anything that escapes it (`..`, encoded or not). */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = normalize(root);
  const full = normalize(join(base, decoded));
  return full.startsWith(base.endsWith(sep) ? base : base + sep) ? full : null;
}

/** `/media/<archiveId>/<encoded path in archive>` -> its parts, or null. */
export function parseMediaPath(pathname: string): { archiveId: string; archivePath: string } | null {
  const match = /^\/media\/([A-Za-z0-9_-]{1,128})\/(.+)$/.exec(pathname);
  if (!match) return null;
  try {
    return { archiveId: match[1]!, archivePath: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}
