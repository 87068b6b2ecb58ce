/**
 * Accent- and case-folding for lexicon matching. People on X often drop accents ("politica",
 * "sante") or write in capitals ("İSLAM"), so a term matches its folded spellings: the lexicon keys
 * are folded, and the scanning regex turns each letter of a term into the class of every letter that
 * folds to it. Turkish dotted and dotless i fold to i; ß folds to ss.
 */

/** Lower case, no combining marks, ı as i, ’ as ', runs of spaces and hyphens as one space. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/’/g, "'")
    .replace(/[\s-]+/g, ' ');
}

/** Single-letter fold: the folded form of one precomposed letter (length 1 for Latin letters). */
function foldLetter(ch: string): string {
  return ch
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i');
}

/**
 * The base letter of each accented Latin letter (Latin-1 Supplement and Latin Extended-A/B), one
 * character for one, so offsets in the folded text are offsets in the original.
 */
const BASE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let code = 0xc0; code <= 0x24f; code++) {
    const ch = String.fromCharCode(code);
    const base = foldLetter(ch);
    if (base.length === 1 && base !== ch && /[a-z]/.test(base)) {
      map.set(ch, ch === ch.toLowerCase() ? base : base.toUpperCase());
    }
  }
  return map;
})();

const FIRST = 0xc0;
const MAY_HAVE_ACCENTS = /[\u00c0-\u024f]/;
const LAST = 0x24f;
/** BASE as a table by code point, for the per-text loop. */
const TABLE: ReadonlyArray<string | undefined> = Array.from({ length: LAST - FIRST + 1 }, (_, i) =>
  BASE.get(String.fromCharCode(FIRST + i)),
);

/**
 * The text with accents dropped letter for letter ("Élections" -> "Elections"), same length, so a
 * regex of folded terms runs on plain letters (several times faster than classes of variants) and
 * its match offsets point into the original text.
 */
export function foldLetters(text: string): string {
  if (!MAY_HAVE_ACCENTS.test(text)) return text;
  let out: string | null = null;
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < FIRST || code > LAST) continue;
    const base = TABLE[code - FIRST];
    if (base === undefined) continue;
    out = (out ?? '') + text.slice(copied, i) + base;
    copied = i + 1;
  }
  return out === null ? text : out + text.slice(copied);
}
