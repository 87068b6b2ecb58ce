/**
 * What the Overview and the report say about which texts were checked for sensitive words, in plain
 * sentences: the languages with their own word lists, the languages without (not checked), and the
 * items X records no language for.
 */
import type { LanguageCoverage } from '../model/summary';
import { languageName, listsPhrase, namedLanguage } from './language/names';

const count = (n: number) => n.toLocaleString('en-US');
const posts = (n: number) => `${count(n)} ${n === 1 ? 'post' : 'posts'}`;

function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One sentence per line, checked languages first, most items first within each group. */
export function coverageLines(coverage: readonly LanguageCoverage[]): string[] {
  const lines: string[] = [];
  const checked = coverage.filter((c) => c.language !== null && c.checked);
  if (checked.length > 0) {
    const parts = checked.map((c) => `${posts(c.items)} in ${languageName(c.language!)}`);
    lines.push(
      `${nameList(parts)} ${checked.length === 1 && checked[0]!.items === 1 ? 'was' : 'were'} checked for ` +
        'sensitive content with the word lists of their language (and English, often mixed in).',
    );
  }
  const unchecked = uncheckedLine(coverage.filter((c) => c.language !== null && !c.checked));
  if (unchecked) lines.push(unchecked);
  const untagged = coverage.find((c) => c.language === null);
  if (untagged) {
    lines.push(
      `${count(untagged.items)} likes, messages, Grok chats, bookmarks and posts whose language X does not ` +
        `record were checked with ${listsPhrase(untagged.lists)}.`,
    );
  }
  return lines;
}

/**
 * Most languages named in the not-checked sentence. Past about five names a reader stops taking them
 * in and the few languages that hold most of the posts drown among ones with a post or two; so with
 * more than five, the four largest are named and the rest are counted together as other languages
 * (at least two of them, so the group never hides a single name that could have been written).
 */
const MAX_NAMED = 5;

/**
 * The languages without word lists in one sentence, most items first: "212 posts in Thai, 14 in Hindi
 * and 1 in Haitian Creole were not checked ...". A language our own table cannot name is only counted
 * among the others (its code comes from the archive and is not shown).
 */
function uncheckedLine(unchecked: readonly LanguageCoverage[]): string | null {
  if (unchecked.length === 0) return null;
  const sorted = unchecked
    .map((c) => ({ name: namedLanguage(c.language!), items: c.items }))
    .sort((a, b) => b.items - a.items || (a.name ?? '').localeCompare(b.name ?? ''));
  const named = sorted.filter((l) => l.name !== undefined);
  const nameAll = named.length === sorted.length && named.length <= MAX_NAMED;
  const shown = nameAll ? named : named.slice(0, MAX_NAMED - 1);
  const rest = sorted.filter((l) => !shown.includes(l));
  const total = sorted.reduce((sum, l) => sum + l.items, 0);

  const parts = shown.map((l, i) => `${i === 0 ? posts(l.items) : count(l.items)} in ${l.name!}`);
  if (rest.length > 0) {
    const restItems = rest.reduce((sum, l) => sum + l.items, 0);
    const languages = rest.length === 1 ? 'language' : 'languages';
    parts.push(
      shown.length > 0
        ? `${posts(restItems)} in ${rest.length === 1 ? 'one' : count(rest.length)} other ${languages}`
        : `${posts(restItems)} in ${rest.length === 1 ? 'a' : count(rest.length)} ${languages} the app does not know`,
    );
  }
  const lists =
    shown.length === 1 && rest.length === 0
      ? shown[0]!.name!
      : sorted.length === 1
        ? 'this language'
        : 'these languages';
  return (
    `${nameList(parts)} ${total === 1 ? 'was' : 'were'} not checked for sensitive content: the app has no ` +
    `word lists for ${lists} yet (only English words in ${total === 1 ? 'it' : 'them'} were looked for).`
  );
}
