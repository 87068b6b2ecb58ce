/**
 * Bookmarks and Compare, in real Chromium against the real engine: bring a bookmark export into an
 * archive, put items on a deletion list, then compare the archive with a newer one of the same
 * account and check what the newer one still holds. Screenshots land in tests/e2e/artifacts/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary } from '../../shared/model/summary';
import { COUNT_LABELS } from '../../shared/format/labels';
import { importArchive } from '../../electron/engine/index';
import { writeNewerArchive } from '../../scripts/bench/newer-archive';
import { generateArchive } from '../fixtures/generator/index';
import { makeBookmarks, writeCsv } from '../integration/bookmarks/bookmark-files';
import { seriousViolations } from './support/axe';
import { launchBrowser, openRecordedPage, screenshot, type RecordedPage } from './support/browser';
import { cliCompare, cliSummary } from './support/cli';
import { startHarness, type Harness } from './support/harness';

const fmt = (n: number) => n.toLocaleString('en-US');

describe('bookmarks and compare, end to end', () => {
  let root: string;
  let dataDir: string;
  let older: ArchiveSummary;
  let newer: ArchiveSummary;
  let csvPath: string;
  let harness: Harness;
  let browser: Browser;
  let recorded: RecordedPage;

  const nav = (label: string) =>
    recorded.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: label });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-e2e-bookmarks-'));
    dataDir = join(root, 'data');
    const a = await generateArchive({ out: join(root, 'older'), items: 1500, seed: 41, media: false });
    await writeNewerArchive(a.path, join(root, 'newer'), {
      dropEvery: 4,
      cloneEvery: 20,
      generationDate: '2026-10-01T08:00:00.000Z',
    });
    older = await importArchive(a.path, { dataDir });
    newer = await importArchive(join(root, 'newer'), { dataDir });
    csvPath = join(root, 'bookmarks.csv');
    writeCsv(csvPath, makeBookmarks(1, 25), { bom: true });
    harness = await startHarness(dataDir);
    browser = await launchBrowser();
    recorded = await openRecordedPage(browser, harness.url);
    await recorded.page.goto(harness.url);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('opens the older of two archives of one account from the recent list', async () => {
    const { page } = recorded;
    const open = page.getByRole('button', { name: `Open the archive of @${older.account.username}` });
    await expect.poll(() => open.count()).toBe(2);
    // Most recently imported first: the newer archive, then the older one.
    await open.nth(1).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toBeTruthy();
    await nav('Bookmarks').click();
    await expect.poll(() => page.getByText('No bookmarks imported into this archive yet.').count()).toBe(1);
  });

  it('imports a bookmark export through its preview, and the archive counts them', async () => {
    const { page } = recorded;
    await harness.nextPick(csvPath);
    await page.getByRole('button', { name: 'Import a bookmarks file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import bookmarks' });
    const importButton = dialog.getByRole('button', { name: 'Import 25 bookmarks' });
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await screenshot(page, 'bookmarks-preview');
    expect(await seriousViolations(page)).toEqual([]);
    await importButton.click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Imported 25 bookmarks');
    expect(cliSummary(dataDir, older.archiveId).counts.bookmarks).toBe(25);
    await screenshot(page, 'bookmarks-imported');
    expect(await seriousViolations(page)).toEqual([]);

    await nav('Browse').click();
    const kinds = page.getByRole('group', { name: 'Kind' });
    await kinds.getByRole('checkbox', { name: /Bookmarks/ }).check();
    await expect
      .poll(() => page.locator('.browse-total').textContent(), { timeout: 10_000 })
      .toBe('25 items');
    await expect
      .poll(() => page.getByRole('listbox').getByRole('option').first().textContent())
      .toContain('saved post number');
    await kinds.getByRole('checkbox', { name: /Bookmarks/ }).uncheck();
  });

  it('puts the first posts on a deletion list', async () => {
    const { page } = recorded;
    const kinds = page.getByRole('group', { name: 'Kind' });
    await kinds.getByRole('checkbox', { name: /^Posts/ }).check();
    const options = page.getByRole('listbox').getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(8);
    for (let n = 0; n < 8; n++) await options.nth(n).locator('.tickbox').click();
    await page.getByRole('button', { name: 'Export deletion list…' }).click();
    await expect.poll(async () => (await harness.state()).saved.length).toBe(1);
    await kinds.getByRole('checkbox', { name: /^Posts/ }).uncheck();
  });

  it('compares with the newer archive: the table and the deletion list match the command line', async () => {
    const { page } = recorded;
    await nav('Compare').click();
    const table = page.getByRole('table').first();
    await expect
      .poll(() => page.getByRole('heading', { name: 'What changed between the two archives' }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    const expected = cliCompare(dataDir, older.archiveId, newer.archiveId);
    expect(expected.removed.posts).toBeGreaterThan(0);
    const postsRow = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: COUNT_LABELS.posts, exact: true }) });
    const cells = await postsRow.getByRole('cell').allTextContents();
    expect(cells).toEqual(
      [
        expected.older.counts.posts,
        expected.removed.posts,
        expected.added.posts,
        expected.kept.posts,
        expected.newer.counts.posts,
      ].map((v) => fmt(v!)),
    );
    // What is gone, item by item, as many as the removed column says.
    const gone = page.getByRole('region', { name: 'What is gone' });
    const removedItems = [
      'posts',
      'likes',
      'communityPosts',
      'deletedPosts',
      'grokMessages',
      'directMessages',
    ]
      .map((k) => expected.removed[k as keyof typeof expected.removed] ?? 0)
      .reduce((a, b) => a + b, 0);
    await expect.poll(() => gone.textContent()).toContain(`${fmt(removedItems)} items of the older archive`);
    expect(await gone.getByRole('row').count()).toBeGreaterThan(1);
    const deletion = page.getByRole('region', { name: 'Your deletion list' });
    expect(expected.deletionList?.listed).toBe(8);
    await expect.poll(() => deletion.textContent()).toContain(fmt(expected.deletionList!.stillPresent));
    await screenshot(page, 'compare');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
