/**
 * Matching for languages written in Latin letters: one regex pass over the text for every such
 * language's terms at once (a character trie, accent- and case-folded), then each hit is resolved
 * to the terms it stands for. A single plain word in a language with a stemmer is matched by stem:
 * the regex finds words that start like the term's stem, and the hit counts when the word's Snowball
 * stem is the term's ("élections", "politicos" and "Gewerkschaften" find "élection", "político" and
 * "Gewerkschaft"; "électricité" does not find "élection").
 */
import { alternationSource, WORD_CLASS, WORD_END } from './compile';
import {
  entryOf,
  hitOf,
  termSpecs,
  type RawHit,
  type ScanGroup,
  type TermEntry,
  type TermSpec,
} from './entries';
import { fold, foldLetters } from './fold';
import { hasStemmer, stemOf } from './stemmers';
import type { LanguageLexicons } from './types';

interface StemEntry extends TermEntry {
  /** The folded stem the word must have; null for a listed `term*` (any ending). */
  stem: string | null;
}

/** A stem prefix shorter than this matches too many words to be worth a stemmer call each. */
const MIN_PREFIX = 4;
const NOT_AFTER_WORD = `(?<!${WORD_CLASS})`;
/** `\b` lets the regex engine skip most positions cheaply; the text it runs on has no accents. */
const WORD_START = `\\b${NOT_AFTER_WORD}`;

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return a.slice(0, i);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class LatinMatcher {
  private readonly exact = new Map<string, TermEntry[]>();
  private readonly byPrefix = new Map<string, StemEntry[]>();
  private readonly excludes = new Map<string, RegExp>();
  private readonly familyLangs: string[] = [];
  private readonly regex: RegExp;
  private maxPrefix = 0;

  constructor(languages: ReadonlyArray<[string, LanguageLexicons]>) {
    const patterns: string[] = [];
    for (const [lang, lexicons] of languages) {
      for (const spec of termSpecs(lang, lexicons)) patterns.push(this.index(spec, lexicons.meta.stem));
      const groups = { ...lexicons.special, emotional: lexicons.emotional, family: lexicons.family };
      for (const [group, lexicon] of Object.entries(groups)) {
        if (lexicon.exclude?.length) {
          const source = alternationSource(lexicon.exclude, false, true);
          this.excludes.set(`${lang}:${group}`, new RegExp(`${NOT_AFTER_WORD}${source}${WORD_END}`, 'gi'));
        }
      }
    }
    const families: string[] = [];
    for (const [lang, lexicons] of languages) {
      const source = familySource(lexicons);
      if (source === null) continue;
      this.familyLangs.push(lang);
      families.push(`(${source})`);
    }
    const terms = alternationSource(patterns, false, true);
    this.regex = new RegExp(
      `${WORD_START}(?:(${terms || '(?!)'})|${families.join('|') || '(?!)'})${WORD_END}`,
      'gi',
    );
  }

  /** Files a term under its exact key or its stem prefix; returns its pattern for the trie. */
  private index(spec: TermSpec, stemmed: boolean): string {
    const entry = entryOf(spec);
    if (spec.wild) return this.addPrefix(spec.key, { ...entry, stem: null });
    if (stemmed && spec.stemmable && hasStemmer(spec.lang)) {
      const stem = stemOf(spec.lang, spec.term)!;
      const prefix = commonPrefix(spec.key, stem);
      if (prefix.length >= MIN_PREFIX) return this.addPrefix(prefix, { ...entry, stem });
    }
    push(this.exact, spec.key, entry);
    return spec.key;
  }

  private addPrefix(prefix: string, entry: StemEntry): string {
    push(this.byPrefix, prefix, entry);
    this.maxPrefix = Math.max(this.maxPrefix, prefix.length);
    return `${prefix}*`;
  }

  /** Every term hit in `text` from the lists of `langs`. */
  scan(text: string, langs: ReadonlySet<string>, out: RawHit[]): void {
    const regex = this.regex;
    const plain = foldLetters(text);
    regex.lastIndex = 0;
    for (let m = regex.exec(plain); m !== null; m = regex.exec(plain)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[1] !== undefined) {
        this.resolve(text.slice(start, end), start, end, text, langs, out);
        continue;
      }
      for (let g = 0; g < this.familyLangs.length; g++) {
        const lang = this.familyLangs[g]!;
        if (m[g + 2] !== undefined && langs.has(lang)) {
          // "our sister company": the relative, the match's last word, inside an excluded phrase.
          const relative = start + m[0].search(/\S+$/);
          if (this.excluded('family', langs, relative, end, text)) break;
          // A bare kin word first in the post names a relative only before a lowercase word: "Son
          // starts school", not "Son Heung-min scores" nor "Brother, you're wrong".
          if (relative === start && !BEFORE_LOWERCASE.test(text.slice(end, end + 8))) break;
          out.push({ group: 'family', lang, weak: false, start, end, text: text.slice(start, end) });
          break;
        }
      }
    }
  }

  private resolve(
    match: string,
    start: number,
    end: number,
    text: string,
    langs: ReadonlySet<string>,
    out: RawHit[],
  ): void {
    const key = fold(match);
    const seen = new Set<string>();
    const accept = (e: TermEntry) => {
      const id = `${e.lang}:${e.group}`;
      if (seen.has(id) || !langs.has(e.lang)) return;
      if (e.exactCase !== null && e.exactCase !== match) return;
      if (this.excluded(e.group, langs, start, end, text)) return;
      seen.add(id);
      out.push(hitOf(e, start, end, match));
    };
    for (const e of this.exact.get(key) ?? []) accept(e);
    for (let n = Math.min(key.length, this.maxPrefix); n >= MIN_PREFIX - 1; n--) {
      const entries = this.byPrefix.get(key.slice(0, n));
      if (!entries) continue;
      for (const e of entries) {
        if (!langs.has(e.lang)) continue;
        if (e.stem === null || stemOf(e.lang, match) === e.stem) accept(e);
      }
    }
  }

  /**
   * Whether the hit lies inside an excluded phrase of its category in any of the text's languages:
   * "pastor alemão" (a dog) is no pastor, whichever list found "pastor".
   */
  private excluded(
    group: ScanGroup,
    langs: ReadonlySet<string>,
    start: number,
    end: number,
    text: string,
  ): boolean {
    let plain: string | null = null;
    for (const lang of langs) {
      const regex = this.excludes.get(`${lang}:${group}`);
      if (!regex) continue;
      plain ??= foldLetters(text);
      regex.lastIndex = 0;
      for (let m = regex.exec(plain); m !== null; m = regex.exec(plain)) {
        if (m.index <= start && m.index + m[0].length >= end) return true;
      }
    }
    return false;
  }
}

/** After a bare kin word: optional "'s", space, a lowercase word. */
const BEFORE_LOWERCASE = /^(?:['’]s)?\s+\p{Ll}/u;

/**
 * "my son", "our 5 year old daughter", "ma fille", "anak saya": possessive, qualifiers, relative; or a
 * kin word of `atStart` first in the text ("Son starts year 2").
 */
function familySource(lexicons: LanguageLexicons): string | null {
  const f = lexicons.family;
  const sources: string[] = [];
  if (f.possessives.length > 0 && f.relatives.length > 0) {
    const possessives = alternationSource(f.possessives, false, true);
    const relatives = alternationSource(f.relatives, false, true);
    const qualifiers = f.qualifiers?.length ? `(?:${alternationSource(f.qualifiers, false, true)}\\s+)?` : '';
    sources.push(
      f.possessiveAfter ? `${relatives}\\s+${possessives}` : `${possessives}\\s+${qualifiers}${relatives}`,
    );
  }
  if (f.atStart?.length) sources.push(`(?<![\\s\\S])(?:${alternationSource(f.atStart, false, true)})`);
  return sources.length > 0 ? sources.join('|') : null;
}
