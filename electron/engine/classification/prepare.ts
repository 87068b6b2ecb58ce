import { createRequire } from 'node:module';
import { loadLanguageDetector } from '../../../shared/exposure/language/detector';
import { useSentimentLibraries } from '../../../shared/exposure/sentiment/valence';

/**
 * Readies this thread to classify: loads the language detector (once) and hands the sentiment
 * readings Node's module loader. Every entry point that classifies awaits it first.
 */
export function prepareClassifying(): Promise<void> {
  useSentimentLibraries(createRequire(import.meta.url));
  return loadLanguageDetector();
}
