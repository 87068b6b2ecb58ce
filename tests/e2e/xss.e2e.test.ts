/**
 * XSS corpus, end to end in real Chromium: an archive whose post text, display name, user name, bio,
 * Grok messages, DM text, likes, URLs and a file name carry markup, script and bidi tricks is imported
 * through the UI, every view is visited (and the HTML report opened), and nothing runs: no dialog, no
 * `window.__pwned`, no element or request born from a payload, and the payloads are there as text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary } from '../../shared/model/summary';
import { XSS, XSS_DISPLAY_NAME, XSS_FILE_NAME, xssArchiveFiles } from '../fixtures/hostile/xss-archive';
import { writeZip } from '../fixtures/hostile/write-input';
import { runCli } from '../integration/hostile/run-cli';
import { launchBrowser, openRecordedPage, screenshot, type RecordedPage } from './support/browser';
import { importThroughPicker } from './support/app-session';
import { startHarness, type Harness } from './support/harness';

/** Elements and attributes that exist only if a payload was parsed as HTML. */
async function injectedNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName} ${attr.name}`);
        if (/^\s*javascript:/i.test(attr.value)) found.push(`${el.tagName} ${attr.name}=${attr.value}`);
      }
    }
    for (const el of Array.from(
      document.querySelectorAll('iframe, object, embed, img[src="x"], circle[r="9"]'),
    ))
      found.push(el.tagName);
    for (const s of Array.from(document.scripts))
      if (/__pwned|alert/.test(s.textContent ?? '')) found.push('SCRIPT');
    return found;
  });
}

/**
 * Text holding an unclosed bidi override or isolate (U+202A-E, U+2066-8 without its U+202C/U+2069),
 * unless that text is exactly the archive's own string in an element of its own that is bidi-isolated:
 * anywhere else the override reorders the app's text next to it (e.g. the @user after a display name).
 */
async function bidiLeaks(page: Page, archiveStrings: string[]): Promise<string[]> {
  return page.evaluate((own) => {
    const unclosed = (t: string) => {
      let open = 0;
      for (const c of t) {
        if (/[\u202a-\u202e\u2066-\u2068]/.test(c)) open++;
        else if (/[\u202c\u2069]/.test(c) && open > 0) open--;
      }
      return open > 0;
    };
    const leaks: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!unclosed(text)) continue;
      const el = node.parentElement!;
      const isolated = ['isolate', 'isolate-override', 'plaintext'].includes(
        getComputedStyle(el).unicodeBidi,
      );
      const alone = Array.from(el.childNodes).every((n) => n === node || !(n.textContent ?? '').trim());
      if (!(isolated && alone && own.includes(text.trim())))
        leaks.push(`${el.tagName.toLowerCase()}: ${JSON.stringify(el.textContent)}`);
    }
    return leaks;
  }, archiveStrings);
}

describe('XSS corpus: archive text is inert in every view and in the HTML report', () => {
  let root: string;
  let zip: string;
  let harness: Harness;
  let browser: Browser;
  let recorded: RecordedPage;
  let archiveId: string;
  const requests: string[] = [];

  const nav = (label: string) =>
    recorded.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: label });

  async function assertInert(where: string): Promise<void> {
    const { page, dialogs, foreignRequests } = recorded;
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
      where,
    ).toBeUndefined();
    expect(dialogs, where).toEqual([]);
    expect(foreignRequests, where).toEqual([]);
    expect(await injectedNodes(page), where).toEqual([]);
    expect(
      requests.filter((u) => /\/x$|xss\.example|pixel/.test(u)),
      where,
    ).toEqual([]);
  }

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-e2e-xss-'));
    zip = writeZip(join(root, 'hostile-archive.zip'), xssArchiveFiles());
    harness = await startHarness(join(root, 'data'));
    browser = await launchBrowser();
    recorded = await openRecordedPage(browser, harness.url);
    recorded.page.on('request', (r) => requests.push(r.url()));
    await recorded.page.goto(harness.url);
  });

  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('imports through the Open view; the file table shows the hostile file name as text', async () => {
    const { page } = recorded;
    await importThroughPicker(page, harness, zip);
    await expect.poll(() => page.locator('details.file-names').textContent()).toContain(XSS_FILE_NAME);
    const [entry] = await page.evaluate(() => window.api.listLibrary());
    archiveId = entry!.archiveId;
    await screenshot(page, 'xss-import');
    await assertInert('import');
  });

  it('overview shows the hostile names as text and runs nothing', async () => {
    const { page } = recorded;
    await page.getByRole('button', { name: 'See what is exposed' }).click();
    await expect.poll(() => page.locator('svg').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    await screenshot(page, 'xss-overview');
    await assertInert('overview');
  });

  it('browse: list, search, post detail, revealed DM, Grok and likes show the payloads as text', async () => {
    const { page } = recorded;
    await nav('Browse').click();
    await expect.poll(() => page.getByRole('listbox').getByRole('option').count()).toBeGreaterThan(3);
    await assertInert('browse list');

    const search = page.getByRole('searchbox', { name: 'Search your items' });
    await search.fill('pwned');
    await expect.poll(() => page.getByRole('listbox').getByRole('option').count()).toBeGreaterThan(0);
    await screenshot(page, 'xss-browse-search');
    await assertInert('browse search');
    await search.fill('');

    const kinds = page.getByRole('group', { name: 'Kind' });
    const detail = () =>
      page
        .getByRole('complementary')
        .filter({ has: page.getByRole('heading', { name: 'Ways it can reach AI training' }) });
    const openEach = async (kind: RegExp, label: string, reveal = false) => {
      await kinds.getByRole('checkbox', { name: kind }).check();
      const options = page.getByRole('listbox').getByRole('option');
      await expect.poll(() => options.count()).toBeGreaterThan(0);
      const n = await options.count();
      for (let i = 0; i < n; i++) {
        // The detail pane covers part of the list: close it before opening the next item.
        if (i > 0) await page.getByRole('button', { name: 'Close details (Esc)' }).click();
        await options.nth(i).click();
        await expect.poll(() => detail().count()).toBe(1);
        if (reveal) {
          const button = page.getByRole('button', { name: 'Show message text' });
          if ((await button.count()) > 0) await button.click();
        }
        await page.waitForTimeout(100);
        await assertInert(`${label} ${i + 1}`);
      }
      await screenshot(page, `xss-browse-${label}`);
      await page.getByRole('button', { name: 'Close details (Esc)' }).click();
      await kinds.getByRole('checkbox', { name: kind }).uncheck();
    };
    await openEach(/Posts/, 'posts');
    await openEach(/Direct messages/, 'dm', true);
    await openEach(/Grok/, 'grok');
    await openEach(/Likes/, 'likes');

    // The payloads are on screen as the characters the person wrote.
    await kinds.getByRole('checkbox', { name: /Direct messages/ }).check();
    // Newest first: the hostile message is the older of the two.
    await page.getByRole('listbox').getByRole('option').last().click();
    await page.getByRole('button', { name: 'Show message text' }).click();
    await expect.poll(() => detail().textContent()).toContain(XSS.script);
    expect(await detail().textContent()).toContain(XSS.img);
    await screenshot(page, 'xss-browse-dm-revealed');
    await assertInert('dm revealed');
    await page.getByRole('button', { name: 'Close details (Esc)' }).click();
    await kinds.getByRole('checkbox', { name: /Direct messages/ }).uncheck();

    const posts = await page.evaluate(
      (id) => window.api.queryItems({ archiveId: id, kinds: ['post'], limit: 10 }),
      archiveId,
    );
    expect(posts.rows.map((r) => r.snippet).join('\n')).toContain(`${XSS.img} end`);
  });

  it('checklist, report view, settings and the other views run nothing', async () => {
    const { page } = recorded;
    for (const view of ['Checklist', 'Report', 'Settings', 'Bookmarks', 'Compare', 'Open']) {
      await nav(view).click();
      await page.waitForTimeout(400);
      await screenshot(page, `xss-${view.toLowerCase()}`);
      await assertInert(view);
    }
  });

  it('the HTML report opened in the browser runs nothing and shows the payloads as text', async () => {
    const out = join(root, 'report.html');
    const run = await runCli(['report', archiveId, '--out', out, '--data-dir', join(root, 'data')]);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain(XSS.script);
    expect(html).not.toContain(XSS.img);

    const report = await openRecordedPage(browser, 'file://');
    const seen: string[] = [];
    report.page.on('request', (r) => seen.push(r.url()));
    await report.page.goto(pathToFileURL(out).href);
    await report.page.waitForTimeout(500);
    expect(
      await report.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();
    expect(report.dialogs).toEqual([]);
    expect(await injectedNodes(report.page)).toEqual([]);
    expect(seen.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await screenshot(report.page, 'xss-report-html');
    await report.page.context().close();
  });

  // A U+202E at the end of the display name must not reverse what follows it (the @user name in the
  // Overview header, the account id on the report's cover): archive names are isolated with <bdi>.
  it('archive text cannot reorder the text around it (bidi isolation)', async () => {
    const { page } = recorded;
    await nav('Overview').click();
    await expect.poll(() => page.locator('svg').count()).toBeGreaterThan(0);
    const report = await openRecordedPage(browser, 'file://');
    await report.page.goto(pathToFileURL(join(root, 'report.html')).href);
    const own = [XSS_DISPLAY_NAME.trim()];
    const leaks = [...(await bidiLeaks(page, own)), ...(await bidiLeaks(report.page, own))];
    await report.page.context().close();
    expect(leaks).toEqual([]);
  });

  it('the summary the CLI prints keeps the hostile names as data', async () => {
    const run = await runCli(['summary', archiveId, '--json', '--data-dir', join(root, 'data')]);
    const summary = JSON.parse(run.stdout) as ArchiveSummary;
    expect(summary.account.displayName).toContain(XSS.img);
    expect(summary.files.map((f) => f.path)).toContain(XSS_FILE_NAME);
  });
});
