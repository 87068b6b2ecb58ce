/**
 * The real archives in ../shared/fixtures/real, opened the way a person opens them (folder picker),
 * imported by the real engine, with the overview's numbers equal to the command line's.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openRecordedPage, screenshot, type RecordedPage } from './support/browser';
import { cliSummary } from './support/cli';
import { startHarness, type Harness } from './support/harness';

const REAL = resolve(import.meta.dirname, '../../../shared/fixtures/real');
const ARCHIVES = [
  { name: 'alrocar__x', path: 'alrocar__x', posts: 1223 },
  { name: 'MorangTheClang__Twitter2', path: 'MorangTheClang__Twitter2', posts: 1527 },
  { name: 'MorangTheClang__TwitterArchiveBefore', path: 'MorangTheClang__TwitterArchiveBefore', posts: null },
];
const fmt = (n: number) => n.toLocaleString('en-US');

describe('real X archives in the app', () => {
  let root: string;
  let harness: Harness;
  let browser: Browser;
  let recorded: RecordedPage;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-e2e-real-'));
    harness = await startHarness(join(root, 'data'));
    browser = await launchBrowser();
    recorded = await openRecordedPage(browser, harness.url);
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  for (const archive of ARCHIVES) {
    it(`${archive.name}: imports from the folder picker and shows the CLI's numbers`, async () => {
      const folder = join(REAL, archive.path);
      expect(existsSync(folder), `${folder} is part of the shared fixtures`).toBe(true);
      const { page } = recorded;
      await page.goto(harness.url);
      await harness.nextPick(folder);
      await page.getByRole('button', { name: 'Choose folder…' }).click();
      await expect
        .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 })
        .toBe('Archive imported');
      await page.getByRole('button', { name: 'See what is exposed' }).click();
      const library = await page.evaluate(() => window.api.listLibrary());
      const entry = library.find((e) => e.sourcePath === folder);
      expect(entry).toBeDefined();
      const summary = cliSummary(join(root, 'data'), entry!.archiveId);
      if (archive.posts !== null) expect(summary.counts.posts).toBe(archive.posts);
      await expect
        .poll(() => page.getByTestId('answer-shared').textContent())
        .toBe(fmt(summary.exposure.channels.thirdParty));
      expect(await page.getByTestId('answer-public').textContent()).toBe(
        fmt(summary.exposure.channels.openWeb),
      );
      expect(await page.getByTestId('answer-grok').textContent()).toBe(
        fmt(summary.exposure.channels.grokTraining),
      );
      await screenshot(page, `real-${archive.name}-overview`);
    });
  }

  it('made no request to any host but the harness, and no page errors', () => {
    expect(recorded.foreignRequests).toEqual([]);
    expect(recorded.errors, recorded.errors.join('\n')).toEqual([]);
  });
});
