import { UserFacingError } from './errors';

/** What the database file is, for the advice on what to do. */
export type StoredFile =
  | { kind: 'library' }
  | { kind: 'archive'; archiveId: string }
  /** The data folder as a whole, when which file failed is not known. */
  | { kind: 'data folder' };

type Problem = 'full' | 'damaged' | 'io' | 'denied';

function problemOf(err: unknown): Problem | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'full';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'damaged';
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return 'io';
  if (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'EROFS'
  )
    return 'denied';
  return null;
}

function damagedAdvice(file: StoredFile): string {
  switch (file.kind) {
    case 'library':
      return 'the library file is damaged: move it out of the way (or delete it) and run the command again; the imported archives next to it are found again by themselves';
    case 'archive':
      return `this archive's database is damaged: remove it (x-exposure forget ${file.archiveId}, or Forget in the app) and import the archive again`;
    case 'data folder':
      return 'a database in the data folder is damaged: run x-exposure list to see which archives still open, forget the damaged one and import it again';
  }
}

const ADVICE: Record<Exclude<Problem, 'damaged'>, string> = {
  full: 'the disk is full: free some space on it and try again (what was being written was not kept)',
  io: 'the disk could not be read or written: check that it is still connected and has free space, then try again',
  denied:
    'the file cannot be opened for writing: check that you may write to it and the disk is not read-only',
};

/**
 * A database or disk failure told in plain words, naming the file and what to do; null when the
 * error is not one (a bug, a bad archive) and should be reported as it is.
 */
export function storageError(err: unknown, path: string, file: StoredFile): UserFacingError | null {
  if (err instanceof UserFacingError) return null;
  const problem = problemOf(err);
  if (!problem) return null;
  const message = problem === 'damaged' ? damagedAdvice(file) : ADVICE[problem];
  return new UserFacingError('INTERNAL', message, path);
}

/** Runs `open` (opening and migrating a database); a storage failure becomes a plain-words error. */
export function withStorageErrors<T>(path: string, file: StoredFile, open: () => T): T {
  try {
    return open();
  } catch (err) {
    throw storageError(err, path, file) ?? err;
  }
}
