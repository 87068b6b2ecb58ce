/**
 * The language(s) of an item's text, for choosing which word lists check it.
 *
 * Posts carry X's own language tag, which is trusted. Likes, DMs, Grok chats and bookmarks have none
 * (nor do posts X tagged "und"): their text is checked with every list of the scripts it is written
 * in, and only when a word from a list other than English is found does the language detector decide
 * which lists count ("Kind" is a German word, not an English one). The detector is ELD, the Efficient
 * Language Detector (npm `eld`, extra-small database): pure JS, offline, no model download, 60
 * languages, 99% on tweet-length text in its authors' benchmark and right on all 33 of our short
 * samples in 11 languages, where tinyld and franc-min missed 3 and 7 (Indonesian, Turkish, Spanish).
 * It costs about 100 µs on a 90-character post here, too much to run on every like of a million-item
 * archive, hence only when its answer changes the result. ELD names Indonesian "ms" (Malay); the two
 * share the lexicon.
 *
 * Mixed text is checked in every language it shows: kana, Hangul or Arabic letters add Japanese,
 * Korean or Arabic, and Latin letters add English, the language most often mixed into posts on X.
 */
import { languageCode } from './codes';
import { detectorLanguage } from './detector';

const KANA = /[\u3040-\u30ff]/;
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/;
const ARABIC = /[\u0620-\u064a\u0671-\u06d3]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;
const NON_ASCII = /[^\t-~]/;
const ASCII_LETTER = /[A-Za-z]/;
/** Languages written in Arabic letters that are not Arabic: their text is not checked as Arabic. */
const ARABIC_SCRIPT_OTHERS = new Set(['fa', 'ur', 'ps', 'ku', 'sd', 'ug']);
const ALWAYS_ON = 'en';

export interface ItemLanguages {
  /**
   * The text's language (ISO 639-1) when X tagged it or the detector was asked; null when the text
   * has no words, or was checked with every list of its scripts without needing to know.
   */
  primary: string | null;
  /** Every language whose lists checked the text, primary first; only languages that have lists. */
  lists: readonly string[];
}

export const NO_LANGUAGE: ItemLanguages = Object.freeze({ primary: null, lists: Object.freeze([]) });

/** Script letters present: j(apanese) k(orean) a(rabic) l(atin). */
function scriptsOf(text: string, primary: string | null): string {
  if (!NON_ASCII.test(text)) return ASCII_LETTER.test(text) ? 'l' : '';
  let scripts = '';
  if (KANA.test(text) || (primary === 'ja' && HAN.test(text))) scripts += 'j';
  if (HANGUL.test(text)) scripts += 'k';
  if (ARABIC.test(text) && !(primary !== null && ARABIC_SCRIPT_OTHERS.has(primary))) scripts += 'a';
  if (LATIN.test(text)) scripts += 'l';
  return scripts;
}

/** Results by unknown-language lists, primary language and scripts: no string key built per item. */
const cache = new WeakMap<readonly string[], Map<string | null, Map<string, ItemLanguages>>>();
const NONE: readonly string[] = Object.freeze([]);

/**
 * The languages of one text. `supported`: the languages that have lists; `latin`: the Latin-script
 * lists that check a Latin text whose language is not known.
 */
export function itemLanguages(
  text: string,
  xLang: string | null | undefined,
  supported: ReadonlySet<string>,
  unknownLatin: readonly string[],
): ItemLanguages {
  let latin = unknownLatin;
  const primary = languageCode(xLang);
  // X looked at the text and found no language (links, emoji, media only): no list of guesses.
  if (primary === null && xLang && xLang !== 'und') latin = NONE;
  const scripts = scriptsOf(text, primary);
  if (primary === null && scripts === '') return NO_LANGUAGE;
  let byScripts = cache.get(latin)?.get(primary);
  if (!byScripts) {
    let byPrimary = cache.get(latin);
    if (!byPrimary) cache.set(latin, (byPrimary = new Map()));
    byPrimary.set(primary, (byScripts = new Map()));
  }
  let found = byScripts.get(scripts);
  if (!found) {
    const lists: string[] = [];
    const add = (l: string) => {
      if (supported.has(l) && !lists.includes(l)) lists.push(l);
    };
    if (primary !== null) add(primary);
    if (scripts.includes('j')) add('ja');
    if (scripts.includes('k')) add('ko');
    if (scripts.includes('a')) add('ar');
    if (scripts.includes('l')) {
      add(ALWAYS_ON);
      if (primary === null) latin.forEach(add);
    }
    found = Object.freeze({ primary, lists: Object.freeze(lists) });
    byScripts.set(scripts, found);
  }
  return found;
}

/**
 * For a text checked without knowing its language: the lists that count once the detector has
 * named it. A hit from English or from a script's only language always counts.
 */
export function listsAfterDetecting(text: string, supported: ReadonlySet<string>): ItemLanguages {
  const detected = languageCode(detectorLanguage(text));
  return itemLanguages(text, detected ?? 'und', supported, []);
}

/** Whether a hit in `lang` needs the text's language to be known before it counts. */
export function needsDetecting(lang: string, languages: ItemLanguages): boolean {
  return languages.primary === null && lang !== ALWAYS_ON && lang !== 'ja' && lang !== 'ko' && lang !== 'ar';
}
