/**
 * The language detector (ELD, see detect.ts), loaded only where text is classified and only when
 * classification starts: its n-gram tables cost about 87 MB in each thread that holds them, and most
 * threads that import the exposure model (the engine's queries, the import's reading) never detect.
 *
 * Classifying is synchronous (a million items in a row), so the detector is loaded before: every
 * entry point that classifies awaits `loadLanguageDetector()` first (the classification worker, an
 * import classifying on its own thread, the engine's re-classifying jobs and the calls that check
 * interests). Classifying without it fails at once, never with a different result.
 */

type Detect = (text: string) => string | null;

let detect: Detect | null = null;
let loading: Promise<void> | null = null;

/** Links, mentions and hashtag signs say nothing of the language and confuse the detector. */
const NOISE = /https?:\/\/\S+|www\.\S+|@\w+|#/g;

/** Loads the detector in this thread (once; later calls share the first load). */
export function loadLanguageDetector(): Promise<void> {
  loading ??= import('eld/extrasmall').then(
    ({ eld }) => {
      detect = (text) => eld.detect(text).language || null;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Throws unless this thread loaded the detector: classification must not start without it. */
export function requireLanguageDetector(): void {
  if (!detect)
    throw new Error('the language detector is not loaded: await loadLanguageDetector() before classifying');
}

/** ELD's answer for a text (its code as ELD writes it), or null when it has none. */
export function detectorLanguage(text: string): string | null {
  requireLanguageDetector();
  const clean = /[@#]|http|www\./.test(text) ? text.replace(NOISE, ' ') : text;
  return detect!(clean);
}
