/**
 * How negative or positive a text reads, from maintained per-language sentiment lexicons (offline,
 * pure JS, MIT):
 * - English: AFINN-165 through npm `sentiment`, the standard English valence list.
 * - Spanish and German: SentiCon; French and Italian: the Pattern lexicons; Portuguese, Arabic,
 *   Turkish and Indonesian: AFINN translations. All from the nlp.js language packages (npm
 *   `@nlpjs/lang-*`, scored by `@nlpjs/sentiment`), read with each package's own tokenizer,
 *   stopwords and stemmer, since the lexicons are keyed by those stems.
 * - Korean: the AFINN translation of nlp.js' Korean package, read over Intl.Segmenter's words.
 * - Japanese: nlp.js has no lexicon, so there is no reading (null), and its word list decides alone.
 *
 * nlp.js is used with three corrections, each measured:
 * - Stopwords are dropped before scoring: its SentiCon gives function words a value ("to" +0.375).
 * - Its negation words are not used: one turns the sign of every word after it to the end of the
 *   text, so "no puedo parar de llorar" (I can't stop crying) read positive. On the labelled corpus
 *   distress recall was 0.76 with them, 0.78 without.
 * - Where its tokenizer folds a word (Turkish "ağlıyorum" -> "aglıyorum", some Arabic letters), the
 *   lexicon's key is folded the same way; 795 Turkish and 315 Arabic entries could never match.
 * Its English lexicon is not used: it reads "feel" (+0.63) and "exhausted" (+0.25) as positive.
 *
 * Loading is lazy: a language's library is loaded the first time a text in it asks for a reading,
 * which the detectors do only once a distress word is found. Threads that never classify, and
 * classifying threads that never meet a distress word, load none of it. Measured in one thread, all
 * ten languages loaded: about 8 MB of heap, 19 MB of RSS. The libraries are CommonJS packages read
 * synchronously in the middle of classifying, so the thread that classifies hands in its module loader
 * first (`useSentimentLibraries`, from electron/engine/classification/prepare.ts): this model stays
 * free of Node's modules, and classifying without a loader fails at once, never with other results.
 */
import type nlpCoreModule from '@nlpjs/core';
import type { SentimentDictionaries } from '@nlpjs/sentiment';
import type nlpSentimentModule from '@nlpjs/sentiment';
import type SentimentModule from 'sentiment';

export interface Valence {
  /** The library's sum of word values: below 0 reads negative, above 0 positive. */
  score: number;
}

type Reader = (text: string) => Valence;

/** nlp.js package and plugin name per language. */
const NLPJS: Readonly<Record<string, [pkg: string, plugin: string]>> = {
  es: ['@nlpjs/lang-es', 'LangEs'],
  pt: ['@nlpjs/lang-pt', 'LangPt'],
  fr: ['@nlpjs/lang-fr', 'LangFr'],
  de: ['@nlpjs/lang-de', 'LangDe'],
  it: ['@nlpjs/lang-it', 'LangIt'],
  ar: ['@nlpjs/lang-ar', 'LangAr'],
  tr: ['@nlpjs/lang-tr', 'LangTr'],
  id: ['@nlpjs/lang-id', 'LangId'],
};

/** The languages whose text gets a sentiment reading. */
export const SENTIMENT_LANGUAGES: readonly string[] = ['en', ...Object.keys(NLPJS), 'ko'];

type Require = (id: string) => unknown;
let loadLibrary: Require | null = null;

/** Lets this thread read sentiment: `load` resolves the libraries' packages (Node's require). */
export function useSentimentLibraries(load: Require): void {
  loadLibrary = load;
}

function libraryLoader(): Require {
  if (!loadLibrary)
    throw new Error(
      'the sentiment libraries are not available: call prepareClassifying() before classifying',
    );
  return loadLibrary;
}

function englishReader(load: Require): Reader {
  const Sentiment = load('sentiment') as typeof SentimentModule;
  const afinn = new Sentiment();
  return (text) => ({ score: afinn.analyze(text).score });
}

interface Tokenizer {
  tokenize(text: string, normalize: boolean): string[];
}
interface Stopwords {
  removeStopwords(tokens: string[]): string[];
}
interface Stemmer {
  stemWords(tokens: string[]): string[];
}

let nlp: {
  container: InstanceType<typeof nlpCoreModule.Container>;
  analyzer: InstanceType<typeof nlpSentimentModule.SentimentAnalyzer>;
} | null = null;

function nlpjsReader(load: Require, lang: string, [pkg, plugin]: [string, string]): Reader | null {
  if (!nlp) {
    const core = load('@nlpjs/core') as typeof nlpCoreModule;
    const { SentimentAnalyzer } = load('@nlpjs/sentiment') as typeof nlpSentimentModule;
    const container = new core.Container();
    nlp = { container, analyzer: new SentimentAnalyzer({ container }) };
  }
  const { container, analyzer } = nlp;
  container.use((load(pkg) as Record<string, unknown>)[plugin]);
  const lexicons = container.get(`sentiment-${lang}`) as SentimentDictionaries | undefined;
  const type = lexicons?.senticon ? 'senticon' : lexicons?.pattern ? 'pattern' : 'afinn';
  const raw = lexicons?.[type];
  if (!lexicons || !raw) return null;
  const tokenizer = container.get(`tokenizer-${lang}`) as Tokenizer;
  const stopwords = container.get(`stopwords-${lang}`) as Stopwords | undefined;
  const stemmer = lexicons.stemmed ? (container.get(`stemmer-${lang}`) as Stemmer) : null;
  const sentimentDictionary = {
    type,
    dictionary: stemmer ? raw : foldedKeys(raw, tokenizer),
    negations: [],
    stemmed: stemmer !== null,
  };
  return (text) => {
    let tokens = tokenizer.tokenize(text, true);
    if (stopwords) tokens = stopwords.removeStopwords(tokens);
    if (stemmer) tokens = stemmer.stemWords(tokens);
    const { sentiment } = analyzer.calculate({ locale: lang, tokens, sentimentDictionary });
    return { score: sentiment.score };
  };
}

/** The lexicon keyed as the tokenizer writes each word, so that folded words still match. */
function foldedKeys(raw: Record<string, number>, tokenizer: Tokenizer): Record<string, number> {
  const out: Record<string, number> = { ...raw };
  for (const [key, value] of Object.entries(raw)) {
    const tokens = tokenizer.tokenize(key, true);
    if (tokens.length === 1 && tokens[0] !== key && !(tokens[0]! in out)) out[tokens[0]!] = value;
  }
  return out;
}

/**
 * Korean: the nlp.js package's AFINN lexicon, read over the words Intl.Segmenter cuts (as the word
 * lists are matched), each word scored by its longest listed beginning, since Korean writes endings
 * onto the stem ("외로워서" starts with "외로"). The package's own tokenizer is not used: its
 * dictionary adds 82 MB to the thread (measured), and it scored the Korean corpus no better.
 */
function koreanReader(load: Require): Reader {
  const { afinn } = load('@nlpjs/lang-ko/src/sentiment/sentiment_ko.js') as { afinn: Record<string, number> };
  const words = new Intl.Segmenter('ko', { granularity: 'word' });
  const valueOf = (word: string): number => {
    for (let n = word.length; n >= 1; n--) {
      const value = afinn[word.slice(0, n)];
      // A single syllable is too short to stand for a longer word ("나", I, begins many).
      if (value !== undefined && (n >= 2 || n === word.length)) return value;
    }
    return 0;
  };
  return (text) => {
    let score = 0;
    for (const { segment, isWordLike } of words.segment(text))
      score += isWordLike ? valueOf(segment) : (afinn[segment] ?? 0);
    return { score };
  };
}

const readers = new Map<string, Reader | null>();

function readerFor(lang: string): Reader | null {
  let reader = readers.get(lang);
  if (reader !== undefined) return reader;
  const load = libraryLoader();
  const nlpjs = NLPJS[lang];
  if (lang === 'en') reader = englishReader(load);
  else if (lang === 'ko') reader = koreanReader(load);
  else reader = nlpjs ? nlpjsReader(load, lang, nlpjs) : null;
  readers.set(lang, reader);
  return reader;
}

/** The text's valence in `lang`, or null when no sentiment library reads that language. */
export function valenceOf(text: string, lang: string): Valence | null {
  const reader = readerFor(lang);
  return reader ? reader(text) : null;
}
