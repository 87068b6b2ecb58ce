/**
 * Turns lexicon term lists into regular expressions that scan a text once, whatever the number of terms:
 * terms are merged into a character trie, so at each word start the engine follows one branch instead
 * of trying every term.
 *
 * Term syntax: case-insensitive; a space or hyphen matches any run of spaces or hyphens; an apostrophe
 * matches ' or ’; a trailing `*` matches any word ending ("diagnos*" -> diagnosed, diagnosis).
 * Terms match whole words only: no letter or digit may touch either end.
 */

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
  wild: boolean;
}

const WORD_CHAR = '[\\p{L}\\p{N}_]';
export const WORD_START = `(?<!${WORD_CHAR})`;
export const WORD_END = `(?!${WORD_CHAR})`;

function newNode(): TrieNode {
  return { next: new Map(), end: false, wild: false };
}

function normalizeTerm(term: string, caseSensitive: boolean): { text: string; wild: boolean } {
  let text = term
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
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function emit(node: TrieNode): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([ch, child]) => charPattern(ch) + emit(child));
  if (node.wild) branches.push(`${WORD_CHAR}*`);
  const optional = node.end && !node.wild;
  if (branches.length === 0) return '';
  if (branches.length === 1 && !optional) return branches[0] ?? '';
  return `(?:${branches.join('|')})${optional ? '?' : ''}`;
}

/** A regex source (no boundaries, no flags) matching any of the terms. Empty string for no terms. */
export function alternationSource(terms: readonly string[], caseSensitive = false): string {
  const root = newNode();
  for (const term of terms) {
    const { text, wild } = normalizeTerm(term, caseSensitive);
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
  return new RegExp(`${WORD_START}${source}${WORD_END}`, caseSensitive ? 'gu' : 'giu');
}

/**
 * One global regex with one capturing group per list: a match's category is the index of the
 * group that took part. Lists without terms get a group that never matches, so indices stay aligned.
 */
export function groupedWholeWordRegex(
  lists: ReadonlyArray<readonly string[]>,
  caseSensitive = false,
): RegExp | null {
  const sources = lists.map((terms) => alternationSource(terms, caseSensitive));
  if (sources.every((s) => s === '')) return null;
  const groups = sources.map((s) => `(${s === '' ? '(?!)' : s})`);
  return new RegExp(`${WORD_START}(?:${groups.join('|')})${WORD_END}`, caseSensitive ? 'gu' : 'giu');
}
