import type { Page } from 'playwright-core';

/** The app's filter-change timings (renderer/src/perf/filter-timing.ts), read from the page's performance timeline. */
export function filterTimings(page: Page): Promise<Array<{ name: string; ms: number }>> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('xe-filter:'))
      .map((e) => ({ name: e.name.slice('xe-filter:'.length), ms: e.duration })),
  );
}
