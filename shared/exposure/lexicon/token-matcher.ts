/**
 * Matching for languages whose words are not (only) separated by spaces, or that glue particles to
 * words: Japanese, Korean and Arabic. The text is cut into words by Intl.Segmenter (ICU's dictionary
 * segmentation for Japanese), never searched by substring, and runs of one to three words are looked
 * up. Korean writes particles and endings onto the word ("우울증을"): a term counts at the start of a
 * word when what follows is one of the language's listed particles. Arabic words of the special
 * categories are compared by their Snowball stem, also after a leading "و", "ف", "ب", "ل" or "ك" (and,
 * so, with, for, as), which Arabic writes onto the next word.
 */
import { entryOf, hitOf, termSpecs, type RawHit, type TermEntry } from './entries';
import { stemOf } from './stemmers';
import type { LanguageLexicons, Script } from './types';

/** Japanese segments are short ("涙", "が", "止まら", "ない"): longer runs are looked up. */
const MAX_WORDS: Readonly<Record<Script, number>> = { latin: 3, arabic: 3, korean: 3, japanese: 6 };
/**
 * One-letter words Arabic writes onto the next word: and, so (و ف), with (ب), for (ل), as (ك):
 * "كأمازيغية" (as an Amazigh woman), "بالسرطان" (with cancer).
 */
const ARABIC_PROCLITICS: ReadonlySet<string> = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
/** Arabic short vowels, shadda, sukun and tatweel: optional in writing. */
const ARABIC_MARKS = /[\u064b-\u0652\u0640]/g;

function normalise(script: Script, word: string): string {
  const text = word.normalize('NFKC').toLowerCase();
  return script === 'arabic' ? text.replace(ARABIC_MARKS, '') : text;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

export class TokenMatcher {
  private readonly entries = new Map<string, TermEntry[]>();
  private readonly segmenter: Intl.Segmenter;
  private readonly joiner: string;
  private readonly particles: ReadonlySet<string>;
  private readonly longestParticle: number;

  constructor(
    readonly lang: string,
    private readonly script: Script,
    lexicons: LanguageLexicons,
  ) {
    this.segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    this.joiner = script === 'japanese' ? '' : ' ';
    this.particles = new Set(lexicons.meta.particles ?? []);
    this.longestParticle = Math.max(0, ...[...this.particles].map((p) => p.length));
    for (const spec of termSpecs(lang, lexicons)) {
      const words = spec.term.split(/\s+/).map((w) => normalise(script, w));
      for (const key of this.keysOf(words, spec.stemmable)) {
        const list = this.entries.get(key);
        // No case in these scripts: the term matches however it is written.
        const entry: TermEntry = { ...entryOf(spec), exactCase: null };
        if (list) list.push(entry);
        else this.entries.set(key, [entry]);
      }
    }
  }

  /** The lookup keys of a run of words: as written, and for Arabic also by stem. */
  private keysOf(words: readonly string[], stemmable: boolean): string[] {
    const plain = words.join(this.joiner);
    if (this.script !== 'arabic' || !stemmable) return [plain];
    const stemmed = words.map((w) => stemOf('ar', w) ?? w).join(' ');
    return stemmed === plain ? [plain] : [plain, stemmed];
  }

  private words(text: string): Word[] {
    const words: Word[] = [];
    for (const s of this.segmenter.segment(text)) {
      if (s.isWordLike)
        words.push({
          text: normalise(this.script, s.segment),
          start: s.index,
          end: s.index + s.segment.length,
        });
    }
    return words;
  }

  /** The forms of the last word of a run that may match a term. */
  private lastForms(word: string): string[] {
    if (this.script === 'korean') {
      const forms = [word];
      for (let n = word.length - 1; n >= Math.max(1, word.length - this.longestParticle); n--) {
        if (this.particles.has(word.slice(n))) forms.push(word.slice(0, n));
      }
      return forms;
    }
    if (this.script === 'arabic') {
      const forms = [word, stemOf('ar', word) ?? word];
      if (word.length > 3 && ARABIC_PROCLITICS.has(word[0]!))
        forms.push(word.slice(1), stemOf('ar', word.slice(1)) ?? word);
      return forms;
    }
    return [word];
  }

  private leadForms(word: string): string[] {
    return this.script === 'arabic' ? this.lastForms(word) : [word];
  }

  scan(text: string, out: RawHit[]): void {
    const words = this.words(text);
    const seen = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= MAX_WORDS[this.script] && i + n <= words.length; n++) {
        const run = words.slice(i, i + n);
        const heads = run.slice(0, -1).map((w) => this.leadForms(w.text)[0]!);
        for (const last of this.lastForms(run[n - 1]!.text)) {
          const key = [...heads, last].join(this.joiner);
          for (const e of this.entries.get(key) ?? []) {
            const id = `${e.group}:${run[0]!.start}`;
            if (seen.has(id)) continue;
            seen.add(id);
            const start = run[0]!.start;
            const end = run[n - 1]!.end;
            out.push(hitOf(e, start, end, text.slice(start, end)));
          }
        }
      }
    }
  }
}
