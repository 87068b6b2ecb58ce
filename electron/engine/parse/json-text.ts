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

const ESCAPE = Buffer.from('\\u');

/**
 * Parses JSON elements read one after another from the same buffers, checking for a surrogate escape
 * on the bytes: one native search finds the next `\u` of a buffer, and only the elements that hold one
 * are given to the string check. The text of each element is no longer searched by a regex (about 1%
 * of an import).
 */
export class JsonElementParser {
  private buffer: Buffer | null = null;
  /** Where the search of `buffer` started; no `\u` lies between it and `nextEscape` (-1: none left). */
  private searchedFrom = 0;
  private nextEscape = -1;

  /** Call when new bytes arrive: a stream may hand over the same buffer again with other bytes in it. */
  forget(): void {
    this.buffer = null;
  }

  parse(buf: Buffer, start: number, end: number): unknown {
    if (
      buf !== this.buffer ||
      start < this.searchedFrom ||
      (this.nextEscape !== -1 && this.nextEscape < start)
    ) {
      this.buffer = buf;
      this.searchedFrom = start;
      this.nextEscape = buf.indexOf(ESCAPE, start);
    }
    const text = buf.toString('utf8', start, end);
    return this.nextEscape !== -1 && this.nextEscape < end ? parseJsonText(text) : JSON.parse(text);
  }
}
