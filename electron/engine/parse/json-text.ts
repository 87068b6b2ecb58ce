/** A `\uD800`-`\uDFFF` escape: the only way a JSON text can hold half of a UTF-16 surrogate pair. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;
/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every lone surrogate replaced by U+FFFD, so it is valid UTF-8 once stored. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

function wellFormedStrings(_key: string, value: unknown): unknown {
  return typeof value === 'string' ? wellFormed(value) : value;
}

/**
 * JSON.parse for archive text. A `\uD83D` escape standing alone would reach the database as bytes
 * that are not UTF-8 (SQLite stores what it is given); such strings come back with U+FFFD in its
 * place. Texts without a surrogate escape (nearly all) are parsed as they are, at full speed.
 */
export function parseJsonText(text: string): unknown {
  return SURROGATE_ESCAPE.test(text) ? JSON.parse(text, wellFormedStrings) : JSON.parse(text);
}
