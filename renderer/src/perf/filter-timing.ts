/**
 * Measures each filter change until its first page is on screen (performance.mark/measure) and keeps
 * the measurements on `window.__xePerf` (newest last), where the end-to-end suite reads and prints them.
 */
export interface PerfEntry {
  name: string;
  ms: number;
}

declare global {
  interface Window {
    __xePerf?: PerfEntry[];
  }
}

const MAX_KEPT = 200;
let pending: { id: number; label: string; startedAt: number } | null = null;
let nextId = 1;

/** Call when the filters change; a newer change supersedes an unfinished one. */
export function startFilterTiming(label: string): void {
  const id = nextId++;
  pending = { id, label, startedAt: performance.now() };
  performance.mark?.(`xe-filter-start-${id}`);
}

/** Call once the first page for the current filters has been rendered. */
export function finishFilterTiming(): void {
  if (!pending) return;
  const { id, label, startedAt } = pending;
  pending = null;
  let ms = performance.now() - startedAt;
  if (typeof performance.measure === 'function') {
    const start = `xe-filter-start-${id}`;
    const end = `xe-filter-end-${id}`;
    performance.mark(end);
    ms = performance.measure(`xe-filter:${label}`, start, end).duration;
    performance.clearMarks(start);
    performance.clearMarks(end);
  }
  const entries = (window.__xePerf ??= []);
  entries.push({ name: label, ms: Math.round(ms * 10) / 10 });
  if (entries.length > MAX_KEPT) entries.splice(0, entries.length - MAX_KEPT);
}
