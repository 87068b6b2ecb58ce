/**
 * Every language's lexicons. To add a language: create resources/lexicons/<lang>/ with the same files
 * and add one entry here; detectors match the terms of all languages at once.
 */
import enEmotional from '../../../resources/lexicons/en/emotional.json';
import enEthnicity from '../../../resources/lexicons/en/ethnicity.json';
import enFamily from '../../../resources/lexicons/en/family.json';
import enHealth from '../../../resources/lexicons/en/health.json';
import enLocation from '../../../resources/lexicons/en/location.json';
import enPolitics from '../../../resources/lexicons/en/politics.json';
import enReligion from '../../../resources/lexicons/en/religion.json';
import enSexuality from '../../../resources/lexicons/en/sexuality.json';
import enUnion from '../../../resources/lexicons/en/union.json';
import type { LanguageLexicons } from './types';

export const LEXICONS: Readonly<Record<string, LanguageLexicons>> = {
  en: {
    special: {
      health: enHealth,
      religion: enReligion,
      politics: enPolitics,
      sexuality: enSexuality,
      ethnicity: enEthnicity,
      union: enUnion,
    },
    emotional: enEmotional,
    family: enFamily,
    location: enLocation,
  },
};

export const LANGUAGES = Object.keys(LEXICONS);

/** All languages' lexicons, for merging. */
export function allLexicons(): LanguageLexicons[] {
  return Object.values(LEXICONS);
}
