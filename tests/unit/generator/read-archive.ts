/** Test helpers: read back what the generator wrote, independently of the generator's own code. */

/** Parsed archive JSON, read field by field in assertions (a failed lookup fails the test anyway). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The documented parse rule: everything after the first `=`, trimmed, one trailing `;` removed. */
export function parseJsFile(text: string): unknown {
  const body = text.slice(text.indexOf('=') + 1).trim();
  return JSON.parse(body.endsWith(';') ? body.slice(0, -1) : body);
}

export const readJs = (root: string, path: string): unknown =>
  parseJsFile(readFileSync(join(root, path), 'utf8'));

export function readArray(root: string, path: string): Array<Record<string, unknown>> {
  const value = readJs(root, path);
  if (!Array.isArray(value)) throw new Error(`${path} is not an array`);
  return value as Array<Record<string, unknown>>;
}

export function tempDir(label: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `xexp-gen-${label}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const unwrap = (e: Record<string, unknown>, key: string): Record<string, unknown> =>
  (key in e ? e[key] : e) as Record<string, unknown>;
