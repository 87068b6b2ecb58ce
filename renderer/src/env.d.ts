import type { Api } from '../../shared/ipc/api';

declare global {
  interface Window {
    /** The bridge from the preload (or the e2e harness). The only way the renderer reaches the engine. */
    readonly api: Api;
  }
}

export {};
