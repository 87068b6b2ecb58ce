/**
 * Runs in the page served by the e2e harness: builds `window.api` from the contract over loopback HTTP,
 * the same way the preload builds it over IPC. Bundled for the browser by the harness at start-up.
 */
import { buildApi } from '../../../shared/ipc/api';
import type { EventChannel } from '../../../shared/ipc/contract';

const token = document.querySelector<HTMLMetaElement>('meta[name="xe-harness-token"]')?.content ?? '';
const listeners = new Map<EventChannel, Set<(payload: unknown) => void>>();
let events: EventSource | null = null;

function ensureEvents(channel: EventChannel): void {
  if (!events) events = new EventSource(`/events?token=${encodeURIComponent(token)}`);
  if (listeners.has(channel)) return;
  listeners.set(channel, new Set());
  events.addEventListener(channel, (event) => {
    const payload: unknown = JSON.parse((event as MessageEvent<string>).data);
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  });
}

const api = buildApi(
  {
    async invoke(channel, req) {
      const response = await fetch(`/api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Harness-Token': token },
        body: JSON.stringify({ input: req ?? null }),
      });
      const body = (await response.json()) as { ok: true; result: unknown } | { ok: false; message: string };
      if (!body.ok) throw new Error(body.message);
      return body.result;
    },
    subscribe(channel, listener) {
      ensureEvents(channel);
      listeners.get(channel)?.add(listener);
      return () => {
        listeners.get(channel)?.delete(listener);
      };
    },
  },
  // A browser page never learns a dropped file's path; the e2e suite imports through the picker.
  { pathForDroppedFile: () => null },
);

Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false });
