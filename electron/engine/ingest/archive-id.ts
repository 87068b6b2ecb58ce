import { createHash } from 'node:crypto';
import type { ArchiveFormat } from '../../../shared/model/summary';
import type { PlannedFile } from '../archive/plan';

/** The files and sizes of an archive: its identity when it carries no generation date (2019). */
export function planFingerprint(files: readonly PlannedFile[]): string {
  const lines = files
    .filter((f) => f.present)
    .map((f) => `${f.displayPath}:${f.size}`)
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/**
 * Deterministic id from the archive's identity (account, generation date, format), so a re-import of
 * the same archive, zipped or extracted, replaces its entry.
 */
export function archiveIdOf(
  accountId: string,
  generatedAt: string | null,
  format: ArchiveFormat,
  fingerprint: string,
): string {
  const identity = `${accountId}\n${generatedAt ?? `files:${fingerprint}`}\n${format}`;
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}
