/**
 * What a person does, in real Chromium against the real engine: open an archive, watch it import, read the
 * overview, browse, filter, search, open an item, export a deletion list, correct the visibility assumption,
 * cancel an import. A screenshot of every view lands in tests/e2e/artifacts/.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary } from '../../shared/model/summary';
import { generateArchive, type GeneratedArchive } from '../fixtures/generator/index';
import { seriousViolations } from './support/axe';
import { launchBrowser, openRecordedPage, screenshot, type RecordedPage } from './support/browser';
import { cliSummary } from './support/cli';
import { importThroughPicker } from './support/app-session';
import { startHarness, type Harness } from './support/harness';
import { filterTimings } from './support/filter-timings';

const fmt = (n: number) => n.toLocaleString('en-US');

describe('the app, end to end', () => {
  let root: string;
  let dataDir: string;
  let archive: GeneratedArchive;
  let bigArchive: GeneratedArchive;
  let harness: Harness;
  let browser: Browser;
  let recorded: RecordedPage;
  let summary: ArchiveSummary;

  const nav = (label: string) =>
    recorded.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: label });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-e2e-flows-'));
    dataDir = join(root, 'data');
    archive = await generateArchive({ out: join(root, 'twitter-synth.zip'), seed: 11, items: 4000 });
    bigArchive = await generateArchive({ out: join(root, 'big'), seed: 12, items: 200_000, media: false });
    harness = await startHarness(dataDir);
    browser = await launchBrowser();
    recorded = await openRecordedPage(browser, harness.url);
    await recorded.page.goto(harness.url);
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('imports a zip chosen in the picker, with progress and a table of every data file', async () => {
    const { page } = recorded;
    await importThroughPicker(page, harness, archive.path);
    const table = page.getByRole('table');
    expect(await table.textContent()).toMatch(/imported/i);
    expect(await table.textContent()).toContain('Likes');
    // File names only under the toggle; the table says what the data is.
    const names = page.locator('details.file-names');
    await names.locator('summary').click();
    for (const file of archive.files.slice(0, 5))
      await expect.poll(() => names.textContent()).toContain(file.path);
    expect(await table.textContent()).not.toMatch(/\.js\b/);
    await screenshot(page, 'import-done');
  });

  it('shows the same numbers in the overview as the command line', async () => {
    const { page } = recorded;
    const [entry] = await page.evaluate(() => window.api.listLibrary());
    expect(entry).toBeDefined();
    summary = cliSummary(dataDir, entry!.archiveId);
    expect(summary.counts).toEqual(archive.counts);
    await page.getByRole('button', { name: 'See what is exposed' }).click();
    await expect
      .poll(() => page.getByTestId('answer-shared').textContent())
      .toBe(fmt(summary.exposure.channels.thirdParty));
    expect(await page.getByTestId('answer-public').textContent()).toBe(
      fmt(summary.exposure.channels.openWeb),
    );
    expect(await page.getByTestId('answer-grok').textContent()).toBe(
      fmt(summary.exposure.channels.grokTraining),
    );
    await expect.poll(() => page.locator('svg').count()).toBeGreaterThan(0);
    await screenshot(page, 'overview');
  });

  it('opens the items behind each number of the overview, and Back returns', async () => {
    const { page } = recorded;
    const total = page.locator('.browse-total');
    const back = page.getByRole('button', { name: 'Back to Overview' });
    await page.getByTestId('answer-public').click();
    await expect.poll(() => total.textContent()).toBe(`${fmt(summary.exposure.channels.openWeb)} items`);
    await back.click();
    const holds = page.getByRole('region', { name: 'What your archive holds' });
    await holds.getByRole('button', { name: /^Likes/ }).click();
    await expect.poll(() => total.textContent()).toBe(`${fmt(summary.counts.likes)} items`);
    await back.click();
    await page
      .getByRole('region', { name: 'What your items reveal' })
      .getByRole('button', { name: /^High/ })
      .click();
    await expect.poll(() => total.textContent()).toBe(`${fmt(summary.exposure.levels.high)} items`);
    await back.click();
    const firstMonth = page.locator('.timeline-bar').first();
    const label = (await firstMonth.getAttribute('aria-label')) ?? '';
    await firstMonth.click();
    const count = /: ([\d,]+) items?/.exec(label)?.[1];
    await expect.poll(() => total.textContent()).toBe(`${count} ${count === '1' ? 'item' : 'items'}`);
    await back.click();
    await expect.poll(() => page.getByTestId('answer-shared').count()).toBe(1);
    await nav('Browse').click();
    await page.getByRole('button', { name: 'Clear all' }).click();
  });

  it('browses, filters by kind with counts that match, searches with highlights and opens an item', async () => {
    const { page } = recorded;
    await nav('Browse').click();
    const total = page.locator('.browse-total');
    const allItems =
      summary.counts.posts +
      summary.counts.communityPosts +
      summary.counts.deletedPosts +
      summary.counts.likes +
      summary.counts.grokMessages +
      summary.counts.directMessages +
      (summary.counts.bookmarks ?? 0);
    await expect.poll(() => total.textContent()).toBe(`${fmt(allItems)} items`);
    await screenshot(page, 'browse');

    const kinds = page.getByRole('group', { name: 'Kind' });
    await kinds.getByRole('checkbox', { name: /Likes/ }).check();
    await expect.poll(() => total.textContent()).toBe(`${fmt(summary.counts.likes)} items`);
    await kinds.getByRole('checkbox', { name: /Likes/ }).uncheck();

    const firstPage = await page.evaluate(
      (archiveId) => window.api.queryItems({ archiveId, kinds: ['post'], limit: 50 }),
      summary.archiveId,
    );
    const word = firstPage.rows
      .flatMap((row) => (row.snippet ?? '').split(/[^A-Za-z]+/))
      .filter((w) => w.length >= 6)
      .sort((a, b) => b.length - a.length)[0]!;
    const search = page.getByRole('searchbox', { name: 'Search your items' });
    await search.fill(word);
    await expect.poll(() => page.locator('mark').count()).toBeGreaterThan(0);
    expect((await page.locator('mark').first().textContent())?.toLowerCase()).toBe(word.toLowerCase());
    await screenshot(page, 'browse-search');

    await page.getByRole('listbox').getByRole('option').first().click();
    const detail = page
      .getByRole('complementary')
      .filter({ has: page.getByRole('heading', { name: 'Ways it can reach AI training' }) });
    await expect.poll(() => detail.count()).toBe(1);
    expect(await detail.textContent()).toMatch(/third-party/i);
    await screenshot(page, 'browse-detail');
    await page.getByRole('button', { name: 'Close details (Esc)' }).click();
    await search.fill('');
    await expect.poll(() => total.textContent()).toBe(`${fmt(allItems)} items`);

    const perf = await filterTimings(page);
    expect(perf.length).toBeGreaterThan(0);
    console.log(
      `filter-change timings (ms, ${fmt(allItems)} items): ${perf.map((p) => `${p.name}=${p.ms.toFixed(0)}`).join(', ')}`,
    );
  });

  it('keeps direct messages hidden until the user reveals them', async () => {
    const { page } = recorded;
    const kinds = page.getByRole('group', { name: 'Kind' });
    await kinds.getByRole('checkbox', { name: /Direct messages/ }).check();
    await expect
      .poll(() => page.locator('.browse-total').textContent())
      .toBe(`${fmt(summary.counts.directMessages)} items`);
    await page.getByRole('listbox').getByRole('option').first().click();
    const reveal = page.getByRole('button', { name: 'Show message text' });
    await expect.poll(() => reveal.count()).toBe(1);
    await reveal.click();
    await expect.poll(() => reveal.count()).toBe(0);
    await screenshot(page, 'browse-dm-revealed');
    await page.getByRole('button', { name: 'Close details (Esc)' }).click();
    await kinds.getByRole('checkbox', { name: /Direct messages/ }).uncheck();
  });

  it('exports the selected items as a deletion list that parses back', async () => {
    const { page } = recorded;
    const options = page.getByRole('listbox').getByRole('option');
    for (const n of [0, 1, 2]) await options.nth(n).locator('.tickbox').click();
    await page.getByRole('button', { name: 'Export deletion list…' }).click();
    await expect.poll(async () => (await harness.state()).saved.length).toBe(1);
    const [path] = (await harness.state()).saved;
    await expect.poll(() => existsSync(path!)).toBe(true);
    const text = readFileSync(path!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data).toHaveLength(3);
    expect(Object.keys(parsed.data[0]!)).toEqual(expect.arrayContaining(['kind', 'url']));
  });

  it('saves the report as PDF and as HTML, each as a job that ends with where it went', async () => {
    const { page } = recorded;
    await nav('Report').click();
    await page.getByRole('region', { name: 'Report preview' }).waitFor();
    const before = (await harness.state()).saved.length;
    await page.getByRole('button', { name: 'Save as PDF…' }).click();
    await page.getByText(/^The report saved to .*\.pdf\.$/).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Save as HTML…' }).click();
    await page.getByText(/^The report saved to .*\.html\.$/).waitFor({ timeout: 60_000 });
    const [pdf, html] = (await harness.state()).saved.slice(before);
    expect(readFileSync(pdf!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(readFileSync(html!, 'utf8')).toContain('Your X data and AI training');
  });

  it('re-checks every item when the user corrects the protected history', async () => {
    const { page } = recorded;
    await nav('Settings').click();
    await screenshot(page, 'settings');
    const periods = page.getByRole('button', { name: /^Remove period/ });
    while ((await periods.count()) > 0) await periods.first().click();
    await page.getByRole('button', { name: 'Add a period' }).click();
    await page.getByLabel('Period 1: protected from').fill('2010-01-01');
    await page.getByLabel('Period 1: protected until').fill('2030-01-01');
    await page.getByRole('button', { name: 'Save and re-check' }).click();
    await expect
      .poll(() => cliSummary(dataDir, summary.archiveId).exposure.visibility.protected, { timeout: 30_000 })
      .toBe(summary.counts.posts + summary.counts.communityPosts + summary.counts.deletedPosts);
  });

  it('has no serious or critical accessibility violations on any view', async () => {
    const { page } = recorded;
    for (const view of ['Open', 'Overview', 'Browse', 'Checklist', 'Report', 'Settings']) {
      await nav(view).click();
      await page.waitForTimeout(300);
      const violations = await seriousViolations(page);
      expect(violations, `${view}: ${JSON.stringify(violations)}`).toEqual([]);
      if (view === 'Checklist' || view === 'Report') await screenshot(page, view.toLowerCase());
    }
  });

  it('cancels a long import and leaves the library as it was', async () => {
    const { page } = recorded;
    const before = await page.evaluate(() => window.api.listLibrary());
    await nav('Open').click();
    await harness.nextPick(bigArchive.path);
    await page.getByRole('button', { name: 'Choose folder…' }).click();
    const cancel = page.getByRole('button', { name: /^Cancel/ });
    await expect.poll(() => cancel.count(), { timeout: 30_000 }).toBe(1);
    await screenshot(page, 'import-progress');
    await cancel.click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Import cancelled' }).count(), { timeout: 60_000 })
      .toBe(1);
    expect(await page.evaluate(() => window.api.listLibrary())).toEqual(before);
  });

  it('made no request to any host but the harness, and no page errors', () => {
    expect(recorded.foreignRequests).toEqual([]);
    expect(recorded.errors, recorded.errors.join('\n')).toEqual([]);
    expect(recorded.dialogs).toEqual([]);
  });
});
