/** Reads and writes the person's own sensitive words, per account, in the library database. */
import type { Database } from 'better-sqlite3';
import {
  OWN_WORD_FLAGS,
  type OwnWordFlag,
  type OwnWords,
} from '../../../shared/exposure/detectors/own-words';
import { META, getMeta } from '../db/meta';

const isOwnWordFlag = (value: string): value is OwnWordFlag =>
  (OWN_WORD_FLAGS as readonly string[]).includes(value);

/** The account's words by category (a category without words is absent). */
export function readOwnWords(db: Database, accountId: string): OwnWords {
  const rows = db
    .prepare('SELECT category, word FROM own_words WHERE account_id = ? ORDER BY category, word')
    .all(accountId) as Array<{ category: string; word: string }>;
  const words: OwnWords = {};
  for (const { category, word } of rows) if (isOwnWordFlag(category)) (words[category] ??= []).push(word);
  return words;
}

/** Trims each word, drops empty ones and repeats (ignoring case), keeps the known categories only. */
export function cleanOwnWords(words: OwnWords): OwnWords {
  const clean: OwnWords = {};
  for (const flag of OWN_WORD_FLAGS) {
    const seen = new Set<string>();
    const list: string[] = [];
    for (const raw of words[flag] ?? []) {
      const word = raw.trim().replace(/\s+/g, ' ');
      const key = word.toLowerCase();
      if (word.length === 0 || seen.has(key)) continue;
      seen.add(key);
      list.push(word);
    }
    if (list.length > 0) clean[flag] = list;
  }
  return clean;
}

/** Replaces the account's words with these. */
export function writeOwnWords(db: Database, accountId: string, words: OwnWords): void {
  db.transaction(() => {
    deleteOwnWords(db, accountId);
    const insert = db.prepare('INSERT INTO own_words (account_id, category, word) VALUES (?, ?, ?)');
    for (const [category, list] of Object.entries(cleanOwnWords(words)))
      for (const word of list) insert.run(accountId, category, word);
  })();
}

/** Removes an account's words, when its last archive is forgotten. */
export function deleteOwnWords(db: Database, accountId: string): number {
  return db.prepare('DELETE FROM own_words WHERE account_id = ?').run(accountId).changes;
}

export const hasOwnWords = (words: OwnWords): boolean => Object.values(words).some((l) => l.length > 0);

/** One string per set of words (categories and words, case ignored as matching ignores it). */
function ownWordsKey(words: OwnWords): string {
  const clean = cleanOwnWords(words);
  return JSON.stringify(OWN_WORD_FLAGS.map((flag) => (clean[flag] ?? []).map((w) => w.toLowerCase()).sort()));
}

/** Whether two sets of words flag the same items. */
export const sameOwnWords = (a: OwnWords, b: OwnWords): boolean => ownWordsKey(a) === ownWordsKey(b);

/** The own words an archive's items were last classified with (kept in the archive itself). */
export const classifiedOwnWords = (archive: Database): OwnWords =>
  getMeta<OwnWords>(archive, META.ownWords) ?? {};

/**
 * Whether the archive's items were classified with other words than the account's (a re-check was
 * cancelled part way, or stopped): it is waiting to be checked again.
 */
export const ownWordsPending = (archive: Database, library: Database, accountId: string): boolean =>
  !sameOwnWords(classifiedOwnWords(archive), readOwnWords(library, accountId));
