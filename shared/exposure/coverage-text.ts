/**
 * What the Overview and the report say about which texts were checked for sensitive words, in plain
 * sentences: per language with its own word lists, per language without (not checked), and the items
 * X records no language for.
 */
import type { LanguageCoverage } from '../model/summary';
import { languageName, listsPhrase } from './language/names';

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
  for (const c of coverage) {
    if (c.language === null || c.checked) continue;
    lines.push(
      `${posts(c.items)} in ${languageName(c.language)} ${c.items === 1 ? 'was' : 'were'} not checked for ` +
        `sensitive content: the app has no word lists for ${languageName(c.language)} yet (only English ` +
        'words in them were looked for).',
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
