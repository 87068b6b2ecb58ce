import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { ensureDir } from '../library/ensure-dir';
import { join } from 'node:path';
import { PARTIAL_NAME, SIDE_SUFFIXES, archiveDbPath, archivesDir } from '../library/paths';

/** Deletes a database file with its -wal/-shm/-journal companions. */
export function removeDatabaseFiles(path: string): void {
  for (const suffix of ['', ...SIDE_SUFFIXES]) rmSync(path + suffix, { force: true });
}

/**
 * Moves a finished (closed, checkpointed) `.partial` database into place. The old database's
 * companions go first: a stale -wal next to the new file would be replayed into it.
 */
export function installDatabase(partialPath: string, dataDir: string, archiveId: string): string {
  const target = archiveDbPath(dataDir, archiveId);
  for (const suffix of SIDE_SUFFIXES) rmSync(target + suffix, { force: true });
  renameSync(partialPath, target);
  for (const suffix of SIDE_SUFFIXES) rmSync(partialPath + suffix, { force: true });
  return target;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes `.partial` files left by imports whose process is gone (a crash or a kill). */
export function removeStalePartials(dataDir: string): number {
  const dir = archivesDir(dataDir);
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const m = PARTIAL_NAME.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid !== process.pid && processAlive(pid)) continue;
    if (pid === process.pid) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

export function ensureArchivesDir(dataDir: string): void {
  ensureDir(archivesDir(dataDir));
}
