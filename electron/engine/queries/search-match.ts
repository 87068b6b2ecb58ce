import type { Database } from 'better-sqlite3';
import { SEARCH_TOKENIZER } from '../db/archive-schema';

/** Prefixes that start more than this many words of the index stay prefix queries. */
const MAX_WORDS_FOR_PREFIX = 8;
const VOCABULARY = 'temp.items_fts_vocabulary';
const FOLDER = 'temp.search_word_folder';

export const quoteTerm = (word: string): string => `"${word}"`;

/**
 * The word as the index stores it (case folded, diacritics removed), by running it through the
 * index's own tokenizer; null when the tokenizer does not keep it as exactly one word.
 */
function foldedWord(db: Database, word: string): string | null {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS ${FOLDER} USING fts5(word, tokenize='${SEARCH_TOKENIZER}', detail=none);
    CREATE VIRTUAL TABLE IF NOT EXISTS ${FOLDER}_terms USING fts5vocab(temp, search_word_folder, 'row');
    DELETE FROM ${FOLDER};`);
  db.prepare(`INSERT INTO ${FOLDER} (word) VALUES (?)`).run(word);
  const terms = db.prepare(`SELECT term FROM ${FOLDER}_terms`).pluck().all() as string[];
  return terms.length === 1 ? terms[0]! : null;
}

/** The first string after every string that starts with `prefix` (its last character plus one). */
function pastPrefix(prefix: string): string | null {
  const chars = [...prefix];
  const next = chars.pop()!.codePointAt(0)! + 1;
  if (next >= 0xd800 && next <= 0xdfff) return null;
  return chars.join('') + String.fromCodePoint(next);
}

/** The index's words that start with `word`, or null when there are too many to list. */
function wordsStartingWith(db: Database, word: string): string[] | null {
  const prefix = foldedWord(db, word);
  const past = prefix && pastPrefix(prefix);
  if (!prefix || !past) return null;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${VOCABULARY} USING fts5vocab(main, items_fts, 'row')`);
  const words = db
    .prepare(`SELECT term FROM ${VOCABULARY} WHERE term >= ? AND term < ? LIMIT ?`)
    .pluck()
    .all(prefix, past, MAX_WORDS_FOR_PREFIX + 1) as string[];
  return words.length >= 1 && words.length <= MAX_WORDS_FOR_PREFIX ? words : null;
}

/**
 * The search as an FTS5 expression: every word required, the last one also matching as the start of
 * a longer word (search as you type). FTS5 answers a prefix by merging the lists of every word that
 * starts with it, three to four times slower than reading whole words' lists; when the prefix
 * starts only a few words of the index, those words are searched instead, which matches the same
 * items. `words` must be words of the index's tokenizer (see ftsQuery).
 */
export function searchExpression(db: Database, words: readonly string[]): string {
  const last = words[words.length - 1]!;
  const whole = wordsStartingWith(db, last);
  const lastPart = !whole
    ? `${quoteTerm(last)}*`
    : whole.length === 1
      ? quoteTerm(whole[0]!)
      : `(${whole.map(quoteTerm).join(' OR ')})`;
  return [...words.slice(0, -1).map(quoteTerm), lastPart].join(' AND ');
}
