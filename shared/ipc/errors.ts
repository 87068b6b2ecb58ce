/** Electron wraps errors thrown by main-process handlers; keep only the message written for the user. */
export function cleanRemoteErrorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  return raw.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '');
}
