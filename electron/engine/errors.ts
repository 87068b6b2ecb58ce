export type UserFacingErrorCode =
  | 'BAD_INPUT'
  | 'NOT_FOUND'
  | 'CANCELLED'
  | 'NEWER_SCHEMA'
  | 'INTERNAL'
  /** A damaged copy of an archive whose complete import the library keeps (see ingest/worse-copy.ts). */
  | 'WORSE_COPY';

/** An error whose message is written for the user: it names the file and the problem in plain words. */
export class UserFacingError extends Error {
  readonly code: UserFacingErrorCode;
  readonly file?: string;

  constructor(code: UserFacingErrorCode, message: string, file?: string) {
    super(message);
    this.name = 'UserFacingError';
    this.code = code;
    if (file !== undefined) this.file = file;
  }
}

/** The one-line description a person sees: the file, when there is one, then the problem. */
export function describeForUser(err: UserFacingError): string {
  return err.file ? `${err.file}: ${err.message}` : err.message;
}

export function cancelledError(): UserFacingError {
  return new UserFacingError('CANCELLED', 'the import was cancelled');
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

/** Turns any thrown value into a UserFacingError, keeping the original when it already is one. */
export function toUserFacing(err: unknown): UserFacingError {
  if (err instanceof UserFacingError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new UserFacingError('INTERNAL', message);
}
