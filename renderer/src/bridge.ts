/** The renderer's only door to the engine. Read lazily so tests can install a fake `window.api`. */
import type { Api } from '../../shared/ipc/api';
import { cleanRemoteErrorMessage } from '../../shared/ipc/errors';

export function api(): Api {
  return window.api;
}

/** The engine's errors are already written for people; anything else gets a plain fallback. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error || typeof error === 'string' ? cleanRemoteErrorMessage(error) : '';
  return message || 'Something went wrong. Please try again.';
}
