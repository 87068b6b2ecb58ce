/**
 * Turns lexicon term lists into regular expressions that scan a text once, whatever the number of terms:
 * terms are merged into a character trie, so at each word start the engine follows one branch instead
 * of trying every term.
 *
 * Term syntax: case-insensitive; a space or hyphen matches any run of spaces or hyphens; an apostrophe
 * matches ' or ’; a trailing `*` matches any word ending ("diagnos*" -> diagnosed, diagnosis); `#` matches
 * a number of one to three digits ("# year old").
 * Terms match whole words only: no letter or digit may touch either end.
 */

import { fold } from './fold';

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
  wild: boolean;
}

/**
 * Word characters: ASCII letters and digits, Latin-1 and Latin Extended letters, Greek, Cyrillic.
 * The regexes run without the `u` flag (about twice as fast here); a script outside these ranges needs
 * this class extended before its lexicon can be added.
 */
export const WORD_CLASS = '[A-Za-z0-9_\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF]';
const NOT_AFTER_WORD = `(?<!${WORD_CLASS})`;
/** A word ending after a `*` term; the whole-word check after the match rejects other letters. */
const WILD = '\\w*';
export const WORD_END = `(?!${WORD_CLASS})`;

/**
 * The start-of-word assertion for a set of terms. When every term starts with an ASCII letter or digit,
 * a leading `\b` lets the regex engine skip most positions cheaply before the full check.
 */
export function wordStart(terms: readonly string[]): string {
  return terms.every((t) => /^[A-Za-z0-9]/.test(t.trim())) ? `\\b${NOT_AFTER_WORD}` : NOT_AFTER_WORD;
}

function newNode(): TrieNode {
  return { next: new Map(), end: false, wild: false };
}

function normalizeTerm(
  term: string,
  caseSensitive: boolean,
  folded: boolean,
): { text: string; wild: boolean } {
  let text = folded
    ? fold(term.trim())
    : term
        .trim()
        .replace(/[\s-]+/g, ' ')
        .replace(/’/g, "'");
  if (!caseSensitive) text = text.toLowerCase();
  const wild = text.endsWith('*');
  if (wild) text = text.slice(0, -1);
  return { text, wild };
}

function charPattern(ch: string): string {
  if (ch === ' ') return '[\\s\\-]+';
  if (ch === "'") return "['’]";
  if (ch === '#') return '\\d{1,3}';
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function emit(node: TrieNode): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ch, child]) => charPattern(ch) + emit(child));
  if (node.wild) branches.push(WILD);
  const optional = node.end && !node.wild;
  if (branches.length === 0) return '';
  if (branches.length === 1 && !optional) return branches[0] ?? '';
  return `(?:${branches.join('|')})${optional ? '?' : ''}`;
}

/**
 * A regex source (no boundaries, no flags) matching any of the terms. Empty string for no terms.
 * `folded`: terms are accent-folded (see fold.ts), for a regex that runs on `foldLetters(text)`.
 */
export function alternationSource(terms: readonly string[], caseSensitive = false, folded = false): string {
  const root = newNode();
  for (const term of terms) {
    const { text, wild } = normalizeTerm(term, caseSensitive, folded);
    if (text.length === 0) continue;
    let node = root;
    for (const ch of text) {
      let child = node.next.get(ch);
      if (!child) {
        child = newNode();
        node.next.set(ch, child);
      }
      node = child;
    }
    if (wild) node.wild = true;
    else node.end = true;
  }
  return emit(root);
}

/** One global regex matching any term as a whole word, or null when there are no terms. */
export function wholeWordRegex(terms: readonly string[], caseSensitive = false): RegExp | null {
  const source = alternationSource(terms, caseSensitive);
  if (source === '') return null;
  return new RegExp(`${wordStart(terms)}${source}${WORD_END}`, caseSensitive ? 'g' : 'gi');
}
