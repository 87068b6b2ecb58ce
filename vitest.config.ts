import { defineConfig } from 'vitest/config';

/** CI sets XE_REPORT_DIR to collect one JSON report per run, summed into the closing line by .ci/run. */
const reportDir = process.env['XE_REPORT_DIR'];
const reporters = reportDir
  ? ['default', ['json', { outputFile: `${reportDir}/vitest-${Date.now()}-${process.pid}.json` }]]
  : ['default'];

export default defineConfig({
  test: {
    reporters: reporters as never,
    // The CLI tests run the built command line: rebuilt here when stale.
    globalSetup: ['tests/setup/build-cli.ts'],
    // Each project's time budgets hold on one loaded core (CI may run there); vitest's 5 s default
    // does not. Property tests also stop at a time limit of their own (tests/unit/property-budget.ts).
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/language-detector.ts'],
          testTimeout: 30_000,
        },
      },
      {
        esbuild: { jsx: 'automatic' },
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.tsx'],
          environment: 'jsdom',
          // Rendering in jsdom with user events takes seconds per test on one loaded core.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/setup/language-detector.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
