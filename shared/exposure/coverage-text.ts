/**
 * What the Overview and the report say about which texts were checked for sensitive words, in plain
 * sentences: the languages with their own word lists, the languages without (not checked), and the
 * items X records no language for.
 */
import type { LanguageCoverage } from '../model/summary';
import { listsPhrase, namedLanguage } from './language/names';

const count = (n: number) => n.toLocaleString('en-US');
const posts = (n: number) => `${count(n)} ${n === 1 ? 'post' : 'posts'}`;

function nameList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One sentence per line, checked languages first, most items first within each group. */
export function coverageLines(coverage: readonly LanguageCoverage[]): string[] {
  const lines: string[] = [];
  const checked = counted(coverage.filter((c) => c.language !== null && c.checked));
  if (checked) {
    lines.push(
      `${checked.phrase} ${checked.total === 1 ? 'was' : 'were'} checked for sensitive content with the ` +
        'word lists of their language (and English, often mixed in).',
    );
  }
  const unchecked = counted(coverage.filter((c) => c.language !== null && !c.checked));
  if (unchecked) {
    const lists = unchecked.onlyName ?? (unchecked.languages === 1 ? 'this language' : 'these languages');
    lines.push(
      `${unchecked.phrase} ${unchecked.total === 1 ? 'was' : 'were'} not checked for sensitive content: the ` +
        `app has no word lists for ${lists} yet (only English words in ${unchecked.total === 1 ? 'it' : 'them'} ` +
        'were looked for).',
    );
  }
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
 * Most languages named in one sentence. Past about five names a reader stops taking them in and the
 * few languages that hold most of the posts drown among ones with a post or two; so with more than
 * five, the four largest are named and the rest are counted together as other languages (at least two
 * of them, so the group never hides a single name that could have been written).
 */
const MAX_NAMED = 5;

interface Counted {
  /** "212 posts in Thai, 14 in Hindi and 1 in Haitian Creole", most posts first. */
  phrase: string;
  total: number;
  languages: number;
  /** The language's name when the phrase names one language and nothing else. */
  onlyName: string | null;
}

/**
 * The languages' posts as one phrase. A language our own table cannot name is only counted among the
 * others (its code comes from the archive and is not shown). Null for no language.
 */
function counted(coverage: readonly LanguageCoverage[]): Counted | null {
  if (coverage.length === 0) return null;
  const sorted = coverage
    .map((c) => ({ name: namedLanguage(c.language!), items: c.items }))
    .sort((a, b) => b.items - a.items || (a.name ?? '').localeCompare(b.name ?? ''));
  const named = sorted.filter((l) => l.name !== undefined);
  const nameAll = named.length === sorted.length && named.length <= MAX_NAMED;
  const shown = nameAll ? named : named.slice(0, MAX_NAMED - 1);
  const rest = sorted.filter((l) => !shown.includes(l));

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
  return {
    phrase: nameList(parts),
    total: sorted.reduce((sum, l) => sum + l.items, 0),
    languages: sorted.length,
    onlyName: shown.length === 1 && rest.length === 0 ? shown[0]!.name! : null,
  };
}
