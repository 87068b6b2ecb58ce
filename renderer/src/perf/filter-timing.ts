/**
 * Measures each filter change until its first page is on screen, as User Timing measures named
 * `xe-filter:<label>` (the browser's own performance timeline: DevTools shows them, the end-to-end
 * suite reads them with performance.getEntriesByType('measure')). Nothing test-only lives here.
 */
export const FILTER_MEASURE_PREFIX = 'xe-filter:';

/** At most this many measures are kept; past it the timeline's filter measures are cleared. */
const MAX_KEPT = 200;
let pending: { id: number; label: string } | null = null;
let nextId = 1;
let kept = 0;

const timingAvailable = (): boolean =>
  typeof performance.mark === 'function' && typeof performance.measure === 'function';

/** Call when the filters change; a newer change supersedes an unfinished one. */
export function startFilterTiming(label: string): void {
  if (!timingAvailable()) return;
  const id = nextId++;
  pending = { id, label };
  performance.mark(`xe-filter-start-${id}`);
}

/** Call once the first page for the current filters has been rendered. */
export function finishFilterTiming(): void {
  if (!pending) return;
  const { id, label } = pending;
  pending = null;
  const start = `xe-filter-start-${id}`;
  const end = `xe-filter-end-${id}`;
  performance.mark(end);
  if (kept >= MAX_KEPT) {
    for (const entry of performance.getEntriesByType('measure')) {
      if (entry.name.startsWith(FILTER_MEASURE_PREFIX)) performance.clearMeasures(entry.name);
    }
    kept = 0;
  }
  performance.measure(`${FILTER_MEASURE_PREFIX}${label}`, start, end);
  kept += 1;
  performance.clearMarks(start);
  performance.clearMarks(end);
}
