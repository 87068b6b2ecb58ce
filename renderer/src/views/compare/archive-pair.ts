/** Which archives can be compared with the selected one: the same account's, oldest first. */
import type { LibraryEntry } from '../../../../shared/model/summary';
import { formatDate } from '../../../../shared/format/dates';

/** When an archive was made: its generation date, else when it was imported. */
export const archiveDate = (e: LibraryEntry): string => e.generatedAt ?? e.importedAt;

/** An archive as a choice in a list: the date X made it (else imported it) and the start of its id. */
export const archiveLabel = (e: LibraryEntry): string =>
  `${e.generatedAt ? 'made' : 'imported'} ${formatDate(archiveDate(e))} (${e.archiveId.slice(0, 6)})`;

/** The same account's archives made before the selected one, newest first (what a report compares with). */
export function olderArchives(entries: readonly LibraryEntry[], archiveId: string): LibraryEntry[] {
  const all = sameAccountArchives(entries, archiveId);
  const current = all.find((e) => e.archiveId === archiveId);
  if (!current) return [];
  return all.filter((e) => e.archiveId !== archiveId && archiveDate(e) <= archiveDate(current)).reverse();
}

export function sameAccountArchives(entries: readonly LibraryEntry[], archiveId: string): LibraryEntry[] {
  const current = entries.find((e) => e.archiveId === archiveId);
  if (!current) return [];
  return entries
    .filter((e) => e.account.accountId === current.account.accountId)
    .sort((a, b) => (archiveDate(a) < archiveDate(b) ? -1 : archiveDate(a) > archiveDate(b) ? 1 : 0));
}

/** The default pair: the selected archive against the one just before it, else the one just after. */
export function defaultPair(candidates: readonly LibraryEntry[], archiveId: string): [string, string] | null {
  const i = candidates.findIndex((e) => e.archiveId === archiveId);
  if (i < 0 || candidates.length < 2) return null;
  const older = i > 0 ? candidates[i - 1]! : candidates[i]!;
  const newer = i > 0 ? candidates[i]! : candidates[i + 1]!;
  return [older.archiveId, newer.archiveId];
}
