/**
 * Language codes as X and the language detector write them, and as X names the account's languages:
 * the helpers that need no detector, so the code that only reads tags (the import's item sink, the
 * coverage count, the classification context) never loads one.
 */

/** X's tags that say "no language": media only, mentions, hashtags, cashtags, very short, no text. */
const X_NOT_A_LANGUAGE = new Set(['qme', 'qam', 'qct', 'qht', 'qst', 'zxx', 'art', 'und']);
/** Old codes X still writes, and detector codes that share a lexicon. */
const ALIASES: Readonly<Record<string, string>> = { in: 'id', iw: 'he', ms: 'id', nb: 'no' };

const codes = new Map<string, string | null>();

/** X's tag or a detector's answer as a language code ("in" -> "id"), or null for "no language". */
export function languageCode(tag: string | null | undefined): string | null {
  if (!tag) return null;
  let code = codes.get(tag);
  if (code === undefined) {
    const lower = tag.toLowerCase();
    code = X_NOT_A_LANGUAGE.has(lower) ? null : (ALIASES[lower] ?? lower.split('-')[0]!);
    codes.set(tag, code);
  }
  return code;
}

/** Language names as X writes them in its record of the account's languages ("English"). */
const NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  spanish: 'es',
  portuguese: 'pt',
  french: 'fr',
  german: 'de',
  italian: 'it',
  japanese: 'ja',
  arabic: 'ar',
  turkish: 'tr',
  indonesian: 'id',
  'bahasa indonesia': 'id',
  korean: 'ko',
  dutch: 'nl',
  polish: 'pl',
  russian: 'ru',
  thai: 'th',
  hindi: 'hi',
  chinese: 'zh',
  catalan: 'ca',
  swedish: 'sv',
  ukrainian: 'uk',
  persian: 'fa',
  hebrew: 'he',
  greek: 'el',
  vietnamese: 'vi',
  malay: 'id',
  tagalog: 'tl',
  filipino: 'tl',
  urdu: 'ur',
  bengali: 'bn',
  danish: 'da',
  finnish: 'fi',
  norwegian: 'no',
  czech: 'cs',
  romanian: 'ro',
  hungarian: 'hu',
};

/** The codes of language names or codes as X records them, unknown ones left out. */
export function languageCodesOf(names: readonly string[]): string[] {
  const codes: string[] = [];
  for (const name of names) {
    const lower = name.trim().toLowerCase();
    const code = NAMES[lower] ?? (/^[a-z]{2}(-[a-z]+)?$/.test(lower) ? languageCode(lower) : null);
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
