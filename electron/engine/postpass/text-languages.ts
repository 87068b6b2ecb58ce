/**
 * The languages of the archive's text that X gave no language (likes, messages, Grok chats, bookmarks,
 * posts X tagged "und" or not at all), found from a sample of it, so that their word lists check all
 * of that text, not only English and the account's languages as X records them.
 *
 * During the read, such text is checked with English and the account's languages (X's record, or its
 * posts' languages when X has none): checking every like with every Latin-script list costs about 2.5x
 * per like. A like in Turkish from an account X records as English-only was so never checked in
 * Turkish. After the read, a fixed sample (at most SAMPLE_PER_KIND items of each kind, spread evenly
 * over the kind's ids, so the same archive gives the same sample) goes to the language detector, and
 * every language that is a meaningful share of some kind's sample is added. The items whose text has a
 * word from an added language's lists are classified again (with the detector, as any untagged hit
 * is): an item with no such word has the same result with or without those lists. The languages are
 * stored, so every later re-classification (corrections, own words, bookmarks) uses the same lists.
 */
import type { Database } from 'better-sqlite3';
import { languageCode, languageCodesOf } from '../../../shared/exposure/language/codes';
import { LATIN_LANGUAGES, SUPPORTED_LANGUAGES } from '../../../shared/exposure/lexicon/registry';
import { scanLexicons } from '../../../shared/exposure/lexicon/scan';
import type { ClassifyContext } from '../../../shared/exposure/types';
import { META, getMeta, setMeta } from '../db/meta';
import type { KindRange } from '../queries/kind-ranges';
import type { Classifier } from '../ingest/classifier';
import type { FacetCounter } from '../ingest/facet-counter';
import { reclassifyIdsWith } from '../classification/reclassify';

/** Kinds whose text X gives no language; posts count only when X tagged them "und" or not at all. */
const UNTAGGED_KINDS = ['post', 'like', 'directMessage', 'grokMessage', 'bookmark'] as const;
/** 5 kinds x 400 texts x ~100 µs of detection: about 0.2 s, however large the archive. */
export const SAMPLE_PER_KIND = 400;
/** Shorter text (after links and mentions) is too little for the detector to be trusted. */
const MIN_CHARS = 25;
/**
 * A language counts when it is at least 1% of a kind's sample and at least 3 texts: the detector is
 * wrong on about 1% of tweet-length text, spread over 60 languages, so its errors stay well under 1%
 * for any one language; and at a million likes, 1% is 10,000 items worth checking in their language.
 */
const MIN_SHARE = 0.01;
const MIN_TEXTS = 3;

/** The first long enough text in an id slice: posts X gave no language, or items of another kind. */
const FIRST_UNTAGGED_POST = `SELECT i.text FROM posts p CROSS JOIN items i ON i.id = p.item_id
  WHERE p.item_id >= ? AND p.item_id < ? AND coalesce(p.lang, 'und') = 'und' AND length(i.text) >= ${MIN_CHARS}
  LIMIT 1`;
// Not by the kind's index (SQLite's choice, 2 ms a slice at 100k): the slice's id range is the way in.
const FIRST_OF_KIND = `SELECT i.text FROM items i NOT INDEXED
  WHERE i.id >= ? AND i.id < ? AND i.kind = ? AND length(i.text) >= ${MIN_CHARS} LIMIT 1`;

/** The id ranges of the untagged kinds (from the post-pass's ranges, else read). */
function untaggedRanges(db: Database): KindRange[] {
  const ranges =
    getMeta<KindRange[] | null>(db, META.kindRanges) ??
    (db
      .prepare(
        'SELECT kind, min(id) AS lo, max(id) AS hi, count(*) AS n, 0 AS dated FROM items GROUP BY kind',
      )
      .all() as KindRange[]);
  return ranges.filter((r) => (UNTAGGED_KINDS as readonly string[]).includes(r.kind));
}

/** Up to `perKind` texts of each untagged kind, one from each of as many equal slices of its ids. */
export function sampleUntaggedTexts(db: Database, perKind = SAMPLE_PER_KIND): string[][] {
  const post = db.prepare(FIRST_UNTAGGED_POST).pluck();
  const other = db.prepare(FIRST_OF_KIND).pluck();
  return untaggedRanges(db).map((r) => {
    const texts: string[] = [];
    const span = r.hi - r.lo + 1;
    const slices = Math.min(perKind, span);
    for (let s = 0; s < slices; s++) {
      const from = r.lo + Math.floor((s * span) / slices);
      const to = r.lo + Math.floor(((s + 1) * span) / slices);
      const text = (r.kind === 'post' ? post.get(from, to) : other.get(from, to, r.kind)) as
        string | undefined;
      if (text !== undefined) texts.push(text);
    }
    return texts;
  });
}

/** The supported languages that are a meaningful share of some sample (detector codes per text). */
export function sampleLanguages(samples: ReadonlyArray<ReadonlyArray<string | null>>): string[] {
  const found = new Set<string>();
  for (const detected of samples) {
    const counts = new Map<string, number>();
    for (const tag of detected) {
      const code = languageCode(tag ?? 'und');
      if (code !== null && SUPPORTED_LANGUAGES.has(code)) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    for (const [code, n] of counts) if (n >= MIN_TEXTS && n >= detected.length * MIN_SHARE) found.add(code);
  }
  return [...found].sort();
}

/** The ids of items of unknown language whose text has a word from one of `lists`. */
export function idsWithWordsOf(db: Database, lists: readonly string[]): number[] {
  const ids: number[] = [];
  const rows = db
    .prepare(
      `SELECT i.id, i.text FROM items i
       LEFT JOIN posts p ON p.item_id = i.id
       LEFT JOIN community_posts c ON c.item_id = i.id
       LEFT JOIN deleted_posts d ON d.item_id = i.id
       WHERE i.text IS NOT NULL AND coalesce(p.lang, c.lang, d.lang, 'und') = 'und'`,
    )
    .raw()
    .iterate() as IterableIterator<[number, string]>;
  for (const [id, text] of rows) if (scanLexicons(text, lists).length > 0) ids.push(id);
  return ids;
}

/**
 * Adds the languages of the archive's untagged text to the lists that check it (see above): returns
 * the context to classify with from now on (unchanged when the sample adds nothing). Run after the
 * post-pass (its id ranges and indexes), before the summary is counted.
 */
export async function addUntaggedTextLanguages(
  db: Database,
  classifier: Classifier,
  ctx: ClassifyContext,
  facets: FacetCounter,
  owner: string | null,
): Promise<ClassifyContext> {
  const known = ctx.languages ?? [];
  // Without any known language, such text is already checked with every list.
  if (!known.some((l) => LATIN_LANGUAGES.includes(l))) return ctx;
  const samples = sampleUntaggedTexts(db);
  const detected = await classifier.detectLanguages(samples.flat());
  let at = 0;
  const perKind = samples.map((texts) => detected.slice(at, (at += texts.length)));
  const languages = languageCodesOf([...known, ...sampleLanguages(perKind)]);
  const added = languages.filter((l) => !known.includes(l) && LATIN_LANGUAGES.includes(l));
  setMeta(db, META.untaggedLanguages, languages);
  if (added.length === 0) return ctx;
  const wider: ClassifyContext = { ...ctx, languages };
  classifier.setContext(wider);
  const ids = idsWithWordsOf(db, added);
  if (ids.length > 0) {
    facets.addStored(db, ids, -1);
    db.exec('BEGIN');
    try {
      await reclassifyIdsWith(db, classifier, ids, owner);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
    facets.addStored(db, ids, 1);
    facets.write(db);
  }
  return wider;
}
