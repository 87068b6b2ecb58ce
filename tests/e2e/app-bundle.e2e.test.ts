import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What ships in the app (electron-vite's out/main, out/preload, out/renderer, built by the e2e
 * runner): no test-only hooks. The end-to-end suite reads timings from the standard performance
 * timeline and drives the app through its harness (tests/e2e/harness), neither of which is bundled.
 */
const OUT = resolve(__dirname, '../../out');
const APP_FOLDERS = ['main', 'preload', 'renderer'];

/** Markers of code written for tests: globals the tests read (window.__xe*), modules from the test folders. */
const TEST_ONLY = [/\b__xe[A-Z]\w*/, /tests\/(e2e|integration|unit|components|fixtures)\//];

function scripts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return /\.(m?js|cjs)$/.test(name) ? [path] : [];
  });
}

describe('the app bundle', () => {
  const files = APP_FOLDERS.flatMap((f) => scripts(join(OUT, f)));

  it('is built', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  it('carries no test-only hooks', () => {
    const found = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return TEST_ONLY.filter((marker) => marker.test(text)).map((m) => `${file}: ${m}`);
    });
    expect(found).toEqual([]);
  });
});
