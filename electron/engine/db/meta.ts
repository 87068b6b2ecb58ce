import type { Database } from 'better-sqlite3';

/** Small JSON values about the archive (summary, plan facts, user settings) in the `meta` table. */
export function getMeta<T>(db: Database, key: string): T | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : null;
}

export function setMeta(db: Database, key: string, value: unknown): void {
  db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run(key, JSON.stringify(value));
}

export const META = {
  summary: 'summary',
  /** The user's correction of the protected history (ProtectedRange[] or null). */
  userRanges: 'visibility.userRanges',
  /** The user's Circle-only periods (ProtectedRange[]; absent: none). */
  circleRanges: 'visibility.circleRanges',
  /** The archive's generation date used as "now" for the open-web channel. */
  asOf: 'asOf',
  /** Each kind's contiguous item id range (KindRange[]), for fast full-text counts. */
  kindRanges: 'kindRanges',
  /** The time zone set on the account (account-timezone.js), e.g. "Berlin". */
  timeZone: 'account.timeZone',
  /** The person's own sensitive words the items were classified with (OwnWords), copied from the library. */
  ownWords: 'classification.ownWords',
  /**
   * The languages (codes) whose word lists check text X gave no language (likes, messages, bookmarks,
   * untagged posts), chosen at import: X's record of the account's languages (or its posts'), and
   * those a sample of that text is written in. Absent: X's record alone.
   */
  untaggedLanguages: 'classification.untaggedLanguages',
} as const;
