/** A problem with one data file's content; the importer reports it as that file's `error` status. */
export class DataFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataFileError';
  }
}

/**
 * V8's JSON.parse message without the excerpt of the input it quotes (`Unexpected token 'x', "…" is
 * not valid JSON`): that excerpt is archive content, and messages end up in summaries and logs.
 */
export function jsonErrorReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/, (?:\.\.\.)?".*$/s, '');
}
