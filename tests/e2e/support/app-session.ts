/** One end-to-end session: a temporary folder, the harness on its data folder, and Chromium with a recorded page on it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser, openRecordedPage, type RecordedPage } from './browser';
import { startHarness, type Harness } from './harness';

export interface AppSession {
  /** A temporary folder for the session's archives and outputs, removed by `close`. */
  root: string;
  dataDir: string;
  harness: Harness;
  browser: Browser;
  recorded: RecordedPage;
  close(): Promise<void>;
}

export async function openAppSession(prefix: string): Promise<AppSession> {
  const root = mkdtempSync(join(tmpdir(), `xe-e2e-${prefix}-`));
  const dataDir = join(root, 'data');
  const harness = await startHarness(dataDir);
  const browser = await launchBrowser();
  const recorded = await openRecordedPage(browser, harness.url);
  await recorded.page.goto(harness.url);
  return {
    root,
    dataDir,
    harness,
    browser,
    recorded,
    async close() {
      await browser.close();
      await harness.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Imports an archive as a person does: the zip picker, then waits for the import's result page. */
export async function importThroughPicker(page: Page, harness: Harness, archivePath: string): Promise<void> {
  await harness.nextPick(archivePath);
  await page.getByRole('button', { name: 'Choose zip file…' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 })
    .toBe('Archive imported');
}
