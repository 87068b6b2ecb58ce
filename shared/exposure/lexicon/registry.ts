/**
 * Every language's lexicons (resources/lexicons/<lang>/). To add a language: create its folder with
 * the same files (language.json says its name, script and whether terms match by stem) and add its
 * entry here; the scan matches the lists of each item's languages only.
 */
import enLanguage from '../../../resources/lexicons/en/language.json';
import enHealth from '../../../resources/lexicons/en/health.json';
import enReligion from '../../../resources/lexicons/en/religion.json';
import enPolitics from '../../../resources/lexicons/en/politics.json';
import enSexuality from '../../../resources/lexicons/en/sexuality.json';
import enEthnicity from '../../../resources/lexicons/en/ethnicity.json';
import enUnion from '../../../resources/lexicons/en/union.json';
import enEmotional from '../../../resources/lexicons/en/emotional.json';
import enFamily from '../../../resources/lexicons/en/family.json';
import enLocation from '../../../resources/lexicons/en/location.json';
import esLanguage from '../../../resources/lexicons/es/language.json';
import esHealth from '../../../resources/lexicons/es/health.json';
import esReligion from '../../../resources/lexicons/es/religion.json';
import esPolitics from '../../../resources/lexicons/es/politics.json';
import esSexuality from '../../../resources/lexicons/es/sexuality.json';
import esEthnicity from '../../../resources/lexicons/es/ethnicity.json';
import esUnion from '../../../resources/lexicons/es/union.json';
import esEmotional from '../../../resources/lexicons/es/emotional.json';
import esFamily from '../../../resources/lexicons/es/family.json';
import ptLanguage from '../../../resources/lexicons/pt/language.json';
import ptHealth from '../../../resources/lexicons/pt/health.json';
import ptReligion from '../../../resources/lexicons/pt/religion.json';
import ptPolitics from '../../../resources/lexicons/pt/politics.json';
import ptSexuality from '../../../resources/lexicons/pt/sexuality.json';
import ptEthnicity from '../../../resources/lexicons/pt/ethnicity.json';
import ptUnion from '../../../resources/lexicons/pt/union.json';
import ptEmotional from '../../../resources/lexicons/pt/emotional.json';
import ptFamily from '../../../resources/lexicons/pt/family.json';
import frLanguage from '../../../resources/lexicons/fr/language.json';
import frHealth from '../../../resources/lexicons/fr/health.json';
import frReligion from '../../../resources/lexicons/fr/religion.json';
import frPolitics from '../../../resources/lexicons/fr/politics.json';
import frSexuality from '../../../resources/lexicons/fr/sexuality.json';
import frEthnicity from '../../../resources/lexicons/fr/ethnicity.json';
import frUnion from '../../../resources/lexicons/fr/union.json';
import frEmotional from '../../../resources/lexicons/fr/emotional.json';
import frFamily from '../../../resources/lexicons/fr/family.json';
import deLanguage from '../../../resources/lexicons/de/language.json';
import deHealth from '../../../resources/lexicons/de/health.json';
import deReligion from '../../../resources/lexicons/de/religion.json';
import dePolitics from '../../../resources/lexicons/de/politics.json';
import deSexuality from '../../../resources/lexicons/de/sexuality.json';
import deEthnicity from '../../../resources/lexicons/de/ethnicity.json';
import deUnion from '../../../resources/lexicons/de/union.json';
import deEmotional from '../../../resources/lexicons/de/emotional.json';
import deFamily from '../../../resources/lexicons/de/family.json';
import itLanguage from '../../../resources/lexicons/it/language.json';
import itHealth from '../../../resources/lexicons/it/health.json';
import itReligion from '../../../resources/lexicons/it/religion.json';
import itPolitics from '../../../resources/lexicons/it/politics.json';
import itSexuality from '../../../resources/lexicons/it/sexuality.json';
import itEthnicity from '../../../resources/lexicons/it/ethnicity.json';
import itUnion from '../../../resources/lexicons/it/union.json';
import itEmotional from '../../../resources/lexicons/it/emotional.json';
import itFamily from '../../../resources/lexicons/it/family.json';
import jaLanguage from '../../../resources/lexicons/ja/language.json';
import jaHealth from '../../../resources/lexicons/ja/health.json';
import jaReligion from '../../../resources/lexicons/ja/religion.json';
import jaPolitics from '../../../resources/lexicons/ja/politics.json';
import jaSexuality from '../../../resources/lexicons/ja/sexuality.json';
import jaEthnicity from '../../../resources/lexicons/ja/ethnicity.json';
import jaUnion from '../../../resources/lexicons/ja/union.json';
import jaEmotional from '../../../resources/lexicons/ja/emotional.json';
import jaFamily from '../../../resources/lexicons/ja/family.json';
import arLanguage from '../../../resources/lexicons/ar/language.json';
import arHealth from '../../../resources/lexicons/ar/health.json';
import arReligion from '../../../resources/lexicons/ar/religion.json';
import arPolitics from '../../../resources/lexicons/ar/politics.json';
import arSexuality from '../../../resources/lexicons/ar/sexuality.json';
import arEthnicity from '../../../resources/lexicons/ar/ethnicity.json';
import arUnion from '../../../resources/lexicons/ar/union.json';
import arEmotional from '../../../resources/lexicons/ar/emotional.json';
import arFamily from '../../../resources/lexicons/ar/family.json';
import trLanguage from '../../../resources/lexicons/tr/language.json';
import trHealth from '../../../resources/lexicons/tr/health.json';
import trReligion from '../../../resources/lexicons/tr/religion.json';
import trPolitics from '../../../resources/lexicons/tr/politics.json';
import trSexuality from '../../../resources/lexicons/tr/sexuality.json';
import trEthnicity from '../../../resources/lexicons/tr/ethnicity.json';
import trUnion from '../../../resources/lexicons/tr/union.json';
import trEmotional from '../../../resources/lexicons/tr/emotional.json';
import trFamily from '../../../resources/lexicons/tr/family.json';
import idLanguage from '../../../resources/lexicons/id/language.json';
import idHealth from '../../../resources/lexicons/id/health.json';
import idReligion from '../../../resources/lexicons/id/religion.json';
import idPolitics from '../../../resources/lexicons/id/politics.json';
import idSexuality from '../../../resources/lexicons/id/sexuality.json';
import idEthnicity from '../../../resources/lexicons/id/ethnicity.json';
import idUnion from '../../../resources/lexicons/id/union.json';
import idEmotional from '../../../resources/lexicons/id/emotional.json';
import idFamily from '../../../resources/lexicons/id/family.json';
import koLanguage from '../../../resources/lexicons/ko/language.json';
import koHealth from '../../../resources/lexicons/ko/health.json';
import koReligion from '../../../resources/lexicons/ko/religion.json';
import koPolitics from '../../../resources/lexicons/ko/politics.json';
import koSexuality from '../../../resources/lexicons/ko/sexuality.json';
import koEthnicity from '../../../resources/lexicons/ko/ethnicity.json';
import koUnion from '../../../resources/lexicons/ko/union.json';
import koEmotional from '../../../resources/lexicons/ko/emotional.json';
import koFamily from '../../../resources/lexicons/ko/family.json';
import type { LanguageLexicons, LanguageMeta } from './types';

export const LEXICONS: Readonly<Record<string, LanguageLexicons>> = {
  en: {
    meta: enLanguage as LanguageMeta,
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
  es: {
    meta: esLanguage as LanguageMeta,
    special: {
      health: esHealth,
      religion: esReligion,
      politics: esPolitics,
      sexuality: esSexuality,
      ethnicity: esEthnicity,
      union: esUnion,
    },
    emotional: esEmotional,
    family: esFamily,
  },
  pt: {
    meta: ptLanguage as LanguageMeta,
    special: {
      health: ptHealth,
      religion: ptReligion,
      politics: ptPolitics,
      sexuality: ptSexuality,
      ethnicity: ptEthnicity,
      union: ptUnion,
    },
    emotional: ptEmotional,
    family: ptFamily,
  },
  fr: {
    meta: frLanguage as LanguageMeta,
    special: {
      health: frHealth,
      religion: frReligion,
      politics: frPolitics,
      sexuality: frSexuality,
      ethnicity: frEthnicity,
      union: frUnion,
    },
    emotional: frEmotional,
    family: frFamily,
  },
  de: {
    meta: deLanguage as LanguageMeta,
    special: {
      health: deHealth,
      religion: deReligion,
      politics: dePolitics,
      sexuality: deSexuality,
      ethnicity: deEthnicity,
      union: deUnion,
    },
    emotional: deEmotional,
    family: deFamily,
  },
  it: {
    meta: itLanguage as LanguageMeta,
    special: {
      health: itHealth,
      religion: itReligion,
      politics: itPolitics,
      sexuality: itSexuality,
      ethnicity: itEthnicity,
      union: itUnion,
    },
    emotional: itEmotional,
    family: itFamily,
  },
  ja: {
    meta: jaLanguage as LanguageMeta,
    special: {
      health: jaHealth,
      religion: jaReligion,
      politics: jaPolitics,
      sexuality: jaSexuality,
      ethnicity: jaEthnicity,
      union: jaUnion,
    },
    emotional: jaEmotional,
    family: jaFamily,
  },
  ar: {
    meta: arLanguage as LanguageMeta,
    special: {
      health: arHealth,
      religion: arReligion,
      politics: arPolitics,
      sexuality: arSexuality,
      ethnicity: arEthnicity,
      union: arUnion,
    },
    emotional: arEmotional,
    family: arFamily,
  },
  tr: {
    meta: trLanguage as LanguageMeta,
    special: {
      health: trHealth,
      religion: trReligion,
      politics: trPolitics,
      sexuality: trSexuality,
      ethnicity: trEthnicity,
      union: trUnion,
    },
    emotional: trEmotional,
    family: trFamily,
  },
  id: {
    meta: idLanguage as LanguageMeta,
    special: {
      health: idHealth,
      religion: idReligion,
      politics: idPolitics,
      sexuality: idSexuality,
      ethnicity: idEthnicity,
      union: idUnion,
    },
    emotional: idEmotional,
    family: idFamily,
  },
  ko: {
    meta: koLanguage as LanguageMeta,
    special: {
      health: koHealth,
      religion: koReligion,
      politics: koPolitics,
      sexuality: koSexuality,
      ethnicity: koEthnicity,
      union: koUnion,
    },
    emotional: koEmotional,
    family: koFamily,
  },
};

export const LANGUAGES = Object.keys(LEXICONS);
export const SUPPORTED_LANGUAGES: ReadonlySet<string> = new Set(LANGUAGES);
/** The languages written in Latin letters: all of them check a Latin text of unknown language. */
export const LATIN_LANGUAGES: readonly string[] = LANGUAGES.filter(
  (l) => LEXICONS[l]!.meta.script === 'latin',
);

/** All languages' lexicons, for merging. */
export function allLexicons(): LanguageLexicons[] {
  return Object.values(LEXICONS);
}
