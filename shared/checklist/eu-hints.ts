/**
 * Hints in the archive that the account belongs to someone in the EU, EEA, UK or Switzerland. The values
 * come from the archive: short, and always rendered as text.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import {
  GDPR_CITY_NAMES,
  GDPR_COUNTRIES,
  GDPR_COUNTRY_NAMES,
  GDPR_FLAGS,
  GDPR_LANGUAGES,
  GDPR_TIME_ZONES,
} from './eu-places';
import type { EuHint } from './types';

export interface EuEvidence {
  /** account-timezone.js */
  timeZone: string | null;
  /** phone-number.js (and 2019 account.js) */
  phoneNumbers: string[];
  /** profile.js description.location */
  profileLocation: string | null;
  /** personalization.js locationHistory */
  locationHistory: string[];
  /** personalization.js demographics.languages */
  languages: string[];
  /** Post count per `lang` code. */
  postLanguages: Record<string, number>;
}

/** Below this many posts in a language we say nothing about it. */
const MIN_POSTS_IN_LANGUAGE = 5;
/** A language that is this share of the language-tagged posts (and at least 20 posts) is a strong hint. */
const STRONG_LANGUAGE_SHARE = 0.2;
const STRONG_LANGUAGE_POSTS = 20;
const MAX_VALUE_CHARS = 60;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordsRegExp(words: readonly string[]): RegExp {
  const alternation = [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'iu');
}

const COUNTRY_RE = wordsRegExp(GDPR_COUNTRY_NAMES);
const CITY_RE = wordsRegExp(GDPR_CITY_NAMES);
const LANGUAGE_NAMES = new Set([...GDPR_LANGUAGES.values()].map((n) => n.toLowerCase()));

function shorten(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > MAX_VALUE_CHARS ? `${t.slice(0, MAX_VALUE_CHARS - 1)}…` : t;
}

/** strong for a country name or flag, weak for a city name alone, null for no match. */
export function placeHintStrength(text: string): EuHint['strength'] | null {
  if (COUNTRY_RE.test(text) || GDPR_FLAGS.some((flag) => text.includes(flag))) return 'strong';
  if (CITY_RE.test(text)) return 'weak';
  return null;
}

function timeZoneHint(timeZone: string | null): EuHint[] {
  if (!timeZone) return [];
  const key = timeZone.trim().toLowerCase().replace(/ /g, '_');
  return GDPR_TIME_ZONES.has(key)
    ? [{ source: 'timezone', value: shorten(timeZone), strength: 'strong' }]
    : [];
}

/** Only the country calling code is kept, never the number. */
function phoneHints(numbers: string[]): EuHint[] {
  const hints: EuHint[] = [];
  for (const raw of numbers) {
    const parsed = parsePhoneNumberFromString(raw.startsWith('+') ? raw : `+${raw.replace(/^00/, '')}`);
    const country = parsed?.country;
    if (parsed && country && GDPR_COUNTRIES.has(country)) {
      hints.push({
        source: 'phone',
        value: `+${parsed.countryCallingCode} (${country})`,
        strength: 'strong',
      });
    }
  }
  return hints;
}

function placeHints(source: 'profileLocation' | 'locationHistory', texts: string[]): EuHint[] {
  const hints: EuHint[] = [];
  for (const text of texts) {
    const strength = placeHintStrength(text);
    if (strength) hints.push({ source, value: shorten(text), strength });
  }
  return hints;
}

function languageHints(languages: string[]): EuHint[] {
  return languages
    .filter((l) => LANGUAGE_NAMES.has(l.trim().toLowerCase()) || GDPR_LANGUAGES.has(l.trim().toLowerCase()))
    .map((l) => ({
      source: 'language',
      value: shorten(GDPR_LANGUAGES.get(l.trim().toLowerCase()) ?? l),
      strength: 'weak',
    }));
}

function postLanguageHints(postLanguages: Record<string, number>): EuHint[] {
  const tagged = Object.values(postLanguages).reduce((sum, n) => sum + n, 0);
  const hints: EuHint[] = [];
  for (const [code, count] of Object.entries(postLanguages)) {
    const name = GDPR_LANGUAGES.get(code.toLowerCase());
    if (!name || count < MIN_POSTS_IN_LANGUAGE) continue;
    const strong = count >= STRONG_LANGUAGE_POSTS && count / tagged >= STRONG_LANGUAGE_SHARE;
    hints.push({
      source: 'postLanguage',
      value: `${name}: ${count.toLocaleString('en-US')} posts`,
      strength: strong ? 'strong' : 'weak',
    });
  }
  return hints.sort((a, b) => a.value.localeCompare(b.value));
}

export function findEuHints(evidence: EuEvidence): EuHint[] {
  return [
    ...timeZoneHint(evidence.timeZone),
    ...phoneHints(evidence.phoneNumbers),
    ...placeHints('profileLocation', evidence.profileLocation ? [evidence.profileLocation] : []),
    ...placeHints('locationHistory', evidence.locationHistory.slice(0, 50)),
    ...languageHints(evidence.languages),
    ...postLanguageHints(evidence.postLanguages),
  ];
}
