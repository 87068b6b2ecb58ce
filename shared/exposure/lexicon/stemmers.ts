/**
 * Snowball stemmers per language, from @orama/stemmers (ports of the Snowball algorithms, pure JS,
 * one small module per language). A single-word lexicon term matches every word with the same stem:
 * "élection" finds "élections", "électoral" does not; the inflections come from the algorithm, the
 * word lists stay data. Japanese and Korean have no stemmer: their text is segmented instead.
 */
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as turkish } from '@orama/stemmers/turkish';
import { fold } from './fold';

type Stem = (word: string) => string;

const STEMMERS: Readonly<Record<string, Stem>> = {
  ar: arabic,
  de: german,
  en: english,
  es: spanish,
  fr: french,
  id: indonesian,
  it: italian,
  pt: portuguese,
  tr: turkish,
};

/** The folded stem of a word in a language, or null when the language has no stemmer. */
export function stemOf(lang: string, word: string): string | null {
  const stem = STEMMERS[lang];
  if (!stem) return null;
  const lower = lang === 'tr' ? word.toLocaleLowerCase('tr') : word.toLowerCase();
  return fold(stem(lower));
}

export function hasStemmer(lang: string): boolean {
  return STEMMERS[lang] !== undefined;
}
