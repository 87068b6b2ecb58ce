import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import yazl from 'yazl';

export const REAL = '/work/shared/fixtures/real';

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'xexp-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The JSON value of an archive data file, read the simple way (the test's own, independent parser). */
export function readJsValue(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  let body = text.slice(text.indexOf('=') + 1).trim();
  if (body.endsWith(';')) body = body.slice(0, -1);
  return JSON.parse(body) as unknown;
}

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Zips files given as name -> content (string or Buffer), optionally stored (no compression). */
export function writeZip(
  path: string,
  files: Record<string, string | Buffer>,
  opts: { store?: boolean } = {},
): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) {
    zip.addBuffer(Buffer.isBuffer(content) ? content : Buffer.from(content), name, {
      mtime: new Date('2024-01-01T00:00:00Z'),
      compress: !opts.store,
    });
  }
  zip.end();
  return new Promise((resolve, reject) => {
    zip.outputStream.pipe(createWriteStream(path)).on('close', resolve).on('error', reject);
  });
}

/** Zips a folder's files under an optional top folder. */
export async function zipFolder(dir: string, path: string, top = ''): Promise<void> {
  const files: Record<string, Buffer> = {};
  for (const rel of listFiles(dir)) files[top + rel] = readFileSync(join(dir, rel));
  await writeZip(path, files);
}

/** `window.YTD.<name>.part<N> = <pretty JSON>` as X writes it. */
export function ytd(name: string, elements: unknown[], part = 0): string {
  return `window.YTD.${name}.part${part} = ${JSON.stringify(elements, null, 2)}`;
}
