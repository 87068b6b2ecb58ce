/** Shared cheap checks and clean-ups for the detectors that look for numbers in text. */

/** Links carry ids and dates that look like numbers; number detectors ignore them. */
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;

/** At least seven digits close together: the cheapest sign a phone or card number may be present. */
const DIGIT_RUN = /\d(?:[\s()./-]{0,2}\d){6}/;

export function mayHoldLongNumber(text: string): boolean {
  return DIGIT_RUN.test(text);
}

export function withoutLinks(text: string): string {
  return text.includes('://') || text.includes('www.') ? text.replace(URL, ' ') : text;
}
