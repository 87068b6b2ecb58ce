import { join } from 'node:path';

/** Where everything lives under the data folder. */
export function libraryDbPath(dataDir: string): string {
  return join(dataDir, 'library.sqlite');
}

export function archivesDir(dataDir: string): string {
  return join(dataDir, 'archives');
}

export function archiveDbPath(dataDir: string, archiveId: string): string {
  return join(archivesDir(dataDir), `${archiveId}.sqlite`);
}

/** SQLite's companion files that must go with the database file. */
export const SIDE_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/** `import-<pid>-<random>.sqlite.partial`: the pid tells a live import from a stale one. */
export function partialDbPath(dataDir: string, pid: number, token: string): string {
  return join(archivesDir(dataDir), `import-${pid}-${token}.sqlite.partial`);
}

export const PARTIAL_NAME = /^import-(\d+)-[a-z0-9]+\.sqlite\.partial(?:-wal|-shm|-journal)?$/;

const ARCHIVE_ID = /^[a-f0-9]{16}$/;

export function isArchiveId(value: string): boolean {
  return ARCHIVE_ID.test(value);
}
