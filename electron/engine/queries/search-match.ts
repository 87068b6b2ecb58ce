import type { Database } from 'better-sqlite3';
import { SEARCH_TOKENIZER } from '../db/archive-schema';

/** Prefixes that start more than this many words of the index stay prefix queries. */
const MAX_WORDS_FOR_PREFIX = 8;
const VOCABULARY = 'temp.items_fts_vocabulary';
const FOLDER = 'temp.search_word_folder';

export const quoteTerm = (word: string): string => `"${word}"`;

/**
 * The word as the index's own tokenizer cuts and folds it (case, diacritics): usually one token,
 * none when the tokenizer keeps none of its characters, several when it splits the word at a
 * character it does not keep (some combining marks, for one), in the index's order of terms.
 */
function indexTokens(db: Database, word: string): string[] {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS ${FOLDER} USING fts5(word, tokenize='${SEARCH_TOKENIZER}', detail=none);
    CREATE VIRTUAL TABLE IF NOT EXISTS ${FOLDER}_terms USING fts5vocab(temp, search_word_folder, 'row');
    DELETE FROM ${FOLDER};`);
  db.prepare(`INSERT INTO ${FOLDER} (word) VALUES (?)`).run(word);
  return db.prepare(`SELECT term FROM ${FOLDER}_terms`).pluck().all() as string[];
}

/** The first string after every string that starts with `prefix` (its last character plus one). */
function pastPrefix(prefix: string): string | null {
  const chars = [...prefix];
  const next = chars.pop()!.codePointAt(0)! + 1;
  if (next >= 0xd800 && next <= 0xdfff) return null;
  return chars.join('') + String.fromCodePoint(next);
}

/** The index's words that start with `prefix` (a folded token), or null when there are too many. */
function wordsStartingWith(db: Database, prefix: string): string[] | null {
  const past = pastPrefix(prefix);
  if (!past) return null;
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS ${VOCABULARY} USING fts5vocab(main, items_fts, 'row')`);
  const words = db
    .prepare(`SELECT term FROM ${VOCABULARY} WHERE term >= ? AND term < ? LIMIT ?`)
    .pluck()
    .all(prefix, past, MAX_WORDS_FOR_PREFIX + 1) as string[];
  return words.length >= 1 && words.length <= MAX_WORDS_FOR_PREFIX ? words : null;
}

/** The last word, matching also as the start of a longer word. */
function prefixPart(db: Database, token: string): string {
  const whole = wordsStartingWith(db, token);
  if (!whole) return `${quoteTerm(token)}*`;
  return whole.length === 1 ? quoteTerm(whole[0]!) : `(${whole.map(quoteTerm).join(' OR ')})`;
}

/**
 * The search as an FTS5 expression: every word required, the last one also matching as the start of
 * a longer word (search as you type); null when no word has anything the index keeps. Each word goes
 * through the index's tokenizer first: a quoted string it would cut in two is a phrase, which an
 * index without positions refuses. FTS5 answers a prefix by merging the lists of every word that
 * starts with it, three to four times slower than reading whole words' lists; when the prefix
 * starts only a few words of the index, those words are searched instead (the same matches).
 */
export function searchExpression(db: Database, words: readonly string[]): string | null {
  const parts: string[] = [];
  words.forEach((word, i) => {
    const tokens = indexTokens(db, word);
    if (i === words.length - 1 && tokens.length === 1) parts.push(prefixPart(db, tokens[0]!));
    else parts.push(...tokens.map(quoteTerm));
  });
  return parts.length > 0 ? parts.join(' AND ') : null;
}
