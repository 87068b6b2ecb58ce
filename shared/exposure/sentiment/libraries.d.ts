/**
 * The parts of the sentiment libraries (plain CommonJS without types) that sentiment/valence.ts uses.
 * nlp.js (npm `@nlpjs/*`, MIT): a container holding each language's tokenizer, stopwords, stemmer
 * and sentiment lexicon, and the sentiment analyzer's synchronous scoring step.
 */
declare module '@nlpjs/core' {
  export class Container {
    use(plugin: unknown): void;
    get(name: string): unknown;
  }
  const core: { Container: typeof Container };
  export default core;
}

declare module '@nlpjs/sentiment' {
  /** A language's lexicons as its package registers them ("sentiment-es"). */
  export interface SentimentDictionaries {
    afinn?: Record<string, number>;
    senticon?: Record<string, number>;
    pattern?: Record<string, number>;
    negations: { words: string[] };
    stemmed?: boolean;
  }
  export interface SentimentInput {
    locale: string;
    tokens: string[];
    sentimentDictionary: {
      type: string;
      dictionary: Record<string, number>;
      negations: string[];
      stemmed: boolean;
    };
    sentiment?: { score: number; numWords: number; numHits: number; vote: string };
  }
  export class SentimentAnalyzer {
    constructor(settings: { container: unknown });
    calculate(input: SentimentInput): Required<SentimentInput>;
  }
  const sentiment: { SentimentAnalyzer: typeof SentimentAnalyzer };
  export default sentiment;
}

/** npm `sentiment` (MIT): AFINN-165, the English valence list, with its tokenizer and negation rule. */
declare module 'sentiment' {
  export default class Sentiment {
    analyze(text: string): { score: number; words: string[] };
  }
}
