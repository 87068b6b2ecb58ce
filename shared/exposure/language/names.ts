/** Plain English names of language codes, for what a person reads (no lexicon data imported). */

const NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Spanish',
  pt: 'Portuguese',
  fr: 'French',
  de: 'German',
  it: 'Italian',
  ja: 'Japanese',
  ar: 'Arabic',
  tr: 'Turkish',
  id: 'Indonesian',
  ko: 'Korean',
  nl: 'Dutch',
  pl: 'Polish',
  ru: 'Russian',
  uk: 'Ukrainian',
  th: 'Thai',
  zh: 'Chinese',
  hi: 'Hindi',
  ca: 'Catalan',
  sv: 'Swedish',
  no: 'Norwegian',
  da: 'Danish',
  fi: 'Finnish',
  cs: 'Czech',
  ro: 'Romanian',
  hu: 'Hungarian',
  el: 'Greek',
  he: 'Hebrew',
  fa: 'Persian',
  ur: 'Urdu',
  bn: 'Bengali',
  vi: 'Vietnamese',
  tl: 'Tagalog',
  ms: 'Malay',
  eu: 'Basque',
  gl: 'Galician',
  et: 'Estonian',
  lt: 'Lithuanian',
  lv: 'Latvian',
  sk: 'Slovak',
  sl: 'Slovenian',
  hr: 'Croatian',
  sr: 'Serbian',
  bg: 'Bulgarian',
  ta: 'Tamil',
  te: 'Telugu',
  mr: 'Marathi',
  gu: 'Gujarati',
  kn: 'Kannada',
  ml: 'Malayalam',
  pa: 'Punjabi',
  am: 'Amharic',
  sw: 'Swahili',
  ht: 'Haitian Creole',
  cy: 'Welsh',
  is: 'Icelandic',
};

/** "French" for "fr"; the code itself when the language is not named here. */
export function languageName(code: string): string {
  return NAMES[code] ?? code;
}

/** "French" for "fr"; undefined when the language is not named here (for text that shows no codes). */
export function namedLanguage(code: string): string | undefined {
  return Object.hasOwn(NAMES, code) ? NAMES[code] : undefined;
}

/** The code of the user's own word list in evidence (see detectors/own-words). */
export const OWN_LIST = 'own';

/** "the French word list", "the French and English word lists", "your own list". */
export function listsPhrase(lists: readonly string[]): string {
  const own = lists.includes(OWN_LIST);
  const languages = lists.filter((l) => l !== OWN_LIST).map(languageName);
  const parts: string[] = [];
  if (languages.length === 1) parts.push(`the ${languages[0]} word list`);
  else if (languages.length > 1)
    parts.push(`the ${languages.slice(0, -1).join(', ')} and ${languages[languages.length - 1]} word lists`);
  if (own) parts.push('your own list');
  return parts.join(' and ');
}
