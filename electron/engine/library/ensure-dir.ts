import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserFacingError } from '../errors';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOTDIR: 'a file is in the way',
  ENOENT: 'this place does not allow new folders',
};

function cannotCreate(folder: string, err: unknown): UserFacingError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const reason = REASONS[code] ?? (code || (err as Error).message);
  return new UserFacingError(
    'BAD_INPUT',
    `the data folder cannot be created here (${reason}); choose another data folder`,
    folder,
  );
}

/**
 * Creates a folder and its missing parents, one by one. Not `mkdirSync(..., { recursive: true })`:
 * it loops for ever where a parent exists but refuses new folders (`/proc/self/newdir`).
 */
export function ensureDir(folder: string): void {
  const missing: string[] = [];
  let at = resolve(folder);
  for (;;) {
    try {
      if (statSync(at).isDirectory()) break;
      throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotCreate(folder, err);
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw cannotCreate(folder, err);
    }
  }
}
