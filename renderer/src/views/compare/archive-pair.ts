/** Which archives can be compared with the selected one: the same account's, oldest first. */
import type { LibraryEntry } from '../../../../shared/model/summary';
import { formatDate, formatDateTime } from '../../../../shared/format/dates';

/** When an archive was made: its generation date, else when it was imported. */
export const archiveDate = (e: LibraryEntry): string => e.generatedAt ?? e.importedAt;

/**
 * An archive as a choice in a list, by account and date: "@name, made 25 Jul 2026". When another
 * archive in `among` has the same day, the import time tells them apart (never an internal id).
 */
export function archiveLabel(e: LibraryEntry, among: readonly LibraryEntry[] = []): string {
  const day = formatDate(archiveDate(e));
  const label = `@${e.account.username}, ${e.generatedAt ? 'made' : 'imported'} ${day}`;
  const twin = among.some((o) => o.archiveId !== e.archiveId && formatDate(archiveDate(o)) === day);
  return twin ? `${label} (imported ${formatDateTime(e.importedAt)})` : label;
}

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
