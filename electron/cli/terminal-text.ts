/** C0/C1 controls, line/paragraph separators and bidi overrides/isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const UNSAFE_TERMINAL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from an archive (file names, names, messages) or a path, made safe to print at a terminal:
 * control characters are shown escaped (`\n`, `\u001b`), so they can neither break a one-line
 * message nor move the cursor, recolour, retitle the terminal or reorder what is shown.
 */
export function terminalSafe(text: string): string {
  return text.replace(
    UNSAFE_TERMINAL_CHARS,
    (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
