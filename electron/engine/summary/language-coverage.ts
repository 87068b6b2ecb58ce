import type { Database } from 'better-sqlite3';
import { languageCode, languageCodesOf } from '../../../shared/exposure/language/codes';
import { LATIN_LANGUAGES, SUPPORTED_LANGUAGES } from '../../../shared/exposure/lexicon/registry';
import type { LanguageCoverage } from '../../../shared/model/summary';
import { untaggedLanguageNames } from '../classification/context';

const POST_TABLES = ['posts', 'community_posts', 'deleted_posts'];
/** Kinds whose text X gives no language: checked with the account's languages and English. */
const UNTAGGED_KINDS = `('like', 'bookmark', 'grokMessage', 'directMessage')`;

/**
 * Per language present, how many items with text were checked for sensitive words and with which
 * lists: posts by X's language tag (posts X found no language in, such as media or links only, are
 * left out), and together the items X gives no language to and the posts whose language X could not
 * tell ("und"), which are checked the same way. Most languages first.
 */
export function languageCoverage(db: Database): LanguageCoverage[] {
  const byLanguage = new Map<string, number>();
  let undetermined = 0;
  for (const table of POST_TABLES) {
    // Driven by the post table (CROSS JOIN keeps that order): left to itself, SQLite scans every item
    // and looks each up in the post table, three times over (0.8 s at a million items, not 0.15 s).
    const rows = db
      .prepare(
        `SELECT p.lang AS lang, count(*) AS n FROM ${table} p CROSS JOIN items i ON i.id = p.item_id
         WHERE i.text IS NOT NULL AND i.text != '' GROUP BY p.lang`,
      )
      .all() as Array<{ lang: string | null; n: number }>;
    for (const { lang, n } of rows) {
      if (lang === null || lang === 'und') undetermined += n;
      const code = languageCode(lang ?? 'und');
      if (code !== null) byLanguage.set(code, (byLanguage.get(code) ?? 0) + n);
    }
  }
  const coverage: LanguageCoverage[] = [...byLanguage]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([language, items]) => {
      const checked = SUPPORTED_LANGUAGES.has(language);
      return { language, items, checked, lists: checked && language !== 'en' ? [language, 'en'] : ['en'] };
    });
  const untagged =
    undetermined +
    (
      db
        .prepare(`SELECT coalesce(sum(n), 0) AS n FROM item_facets WHERE kind IN ${UNTAGGED_KINDS}`)
        .get() as {
        n: number;
      }
    ).n;
  if (untagged > 0)
    coverage.push({ language: null, items: untagged, checked: true, lists: untaggedLists(db) });
  return coverage;
}

/**
 * The lists that check text of unknown language: English and the account's languages as X records
 * them with those its untagged text is written in (see postpass/text-languages.ts), or every list when X has no record (Japanese, Korean and Arabic check text in their script).
 */
function untaggedLists(db: Database): string[] {
  const account = languageCodesOf(untaggedLanguageNames(db)).filter((l) => SUPPORTED_LANGUAGES.has(l));
  const lists = account.some((l) => LATIN_LANGUAGES.includes(l)) ? account : [...SUPPORTED_LANGUAGES];
  return ['en', ...lists.filter((l) => l !== 'en')];
}
