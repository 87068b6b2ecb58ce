/**
 * Time budgets for property-based tests, so they hold on one loaded core as on an idle machine: a
 * property runs its inputs in seed order and stops at PROPERTY_TIME_LIMIT_MS (fast-check's
 * interruptAfterTimeLimit: the inputs run by then must all pass; stopping is not a failure), and the
 * test's vitest timeout, PROPERTY_TEST_TIMEOUT_MS, sits well above that.
 */
export const PROPERTY_TIME_LIMIT_MS = 20_000;
export const PROPERTY_TEST_TIMEOUT_MS = 60_000;
