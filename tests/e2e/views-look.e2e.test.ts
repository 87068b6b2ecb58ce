/**
 * Every view at the two window sizes people use (1280x820 and 1024x700), in the light and the dark
 * theme: screenshots saved to tests/e2e/artifacts/views/ (look at them), axe clean, the list never
 * hidden by the detail pane, the Overview's chart above the fold, and no internal name on screen.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedArchive } from '../fixtures/generator/index';
import { seriousViolations } from './support/axe';
import { importThroughPicker, openAppSession, type AppSession } from './support/app-session';
import { screenshot, type RecordedPage } from './support/browser';
import type { Harness } from './support/harness';

const SIZES = [
  { name: '1280', width: 1280, height: 820 },
  { name: '1024', width: 1024, height: 700 },
] as const;
const THEMES = ['light', 'dark'] as const;
const VIEWS = [
  'Open',
  'Overview',
  'What X knows',
  'Browse',
  'Bookmarks',
  'Compare',
  'Checklist',
  'Report',
  'Settings',
] as const;

/** Words that only a programmer would write: field names, file names, type names, hex ids. */
const INTERNAL = [
  /\b[a-z]+[A-Z][A-Za-z]*(?:Id|Ids|At|Url)\b/, // camelCase field names such as inReplyToStatusId
  /\b[\w-]+\.js\b/, // archive file names such as like.js
  /\b(?:thirdParty|grokTraining|openWeb|directMessage|grokMessage|communityPost|deletedPost|assumedPublic)\b/,
  /(?<![/\w])(?=[0-9]*[a-f])[0-9a-f]{16,}\b/, // hex ids (not inside an address a person can look up)
];

describe('every view, both sizes, both themes', () => {
  let session: AppSession;
  let archive: GeneratedArchive;
  let harness: Harness;
  let recorded: RecordedPage;

  const nav = (page: Page, label: string) =>
    page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: label, exact: true });

  beforeAll(async () => {
    session = await openAppSession('look');
    ({ harness, recorded } = session);
    archive = await generateArchive({ out: join(session.root, 'look.zip'), seed: 21, items: 3000 });
  }, 120_000);

  afterAll(() => session?.close());

  it('imports a generated archive and opens its overview', async () => {
    const { page } = recorded;
    await importThroughPicker(page, harness, archive.path);
    await page.getByRole('button', { name: 'See what is exposed' }).click();
    await expect.poll(() => page.getByTestId('answer-shared').count()).toBe(1);
  }, 120_000);

  for (const theme of THEMES) {
    for (const size of SIZES) {
      it(`${theme}, ${size.width}x${size.height}: screenshots, axe, plain words`, async () => {
        const { page } = recorded;
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.emulateMedia({ colorScheme: theme });
        const problems: string[] = [];
        for (const view of VIEWS) {
          await nav(page, view).click();
          await page.waitForTimeout(400);
          await screenshot(page, `views/${view.toLowerCase().replace(/ /g, '-')}-${size.name}-${theme}`);
          const text = (await page.locator('main').innerText()) ?? '';
          for (const pattern of INTERNAL) {
            const found = pattern.exec(text);
            if (found) problems.push(`${view} shows "${found[0]}"`);
          }
          const violations = await seriousViolations(page);
          if (violations.length > 0) problems.push(`${view}: ${JSON.stringify(violations)}`);
        }
        expect(problems).toEqual([]);
      }, 120_000);
    }
  }

  it('keeps the Overview chart above the fold at 1280x820', async () => {
    const { page } = recorded;
    await page.setViewportSize({ width: 1280, height: 820 });
    await page.emulateMedia({ colorScheme: 'light' });
    await nav(page, 'Overview').click();
    const box = await page.locator('svg.timeline-chart').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(820);
  });

  it('keeps the list usable beside the open detail pane at 1024x700', async () => {
    const { page } = recorded;
    await page.setViewportSize({ width: 1024, height: 700 });
    await nav(page, 'Browse').click();
    const filters = page.getByRole('complementary', { name: 'Filters' });
    await filters.getByRole('checkbox', { name: 'High' }).check();
    await page.getByRole('listbox').getByRole('option').first().click();
    const pane = page.getByRole('complementary').filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect.poll(() => pane.count()).toBeGreaterThan(0);
    // The filter panel stepped aside: a bar says which filters still narrow the list.
    await expect.poll(() => filters.isVisible()).toBe(false);
    const inUse = page.getByRole('region', { name: 'Filters in use' });
    await expect.poll(() => inUse.textContent()).toContain('1 filter on:');
    expect(await inUse.textContent()).toContain('Level: High');
    await screenshot(page, 'views/browse-detail-1024-light');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'views/browse-detail-1024-dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    const list = await page.getByRole('listbox').boundingBox();
    const detail = await page.locator('.detail-pane').boundingBox();
    expect(list!.width).toBeGreaterThan(300);
    expect(detail!.x).toBeGreaterThanOrEqual(list!.x + list!.width - 1);
    // "Show filters" brings the panel back.
    await inUse.getByRole('button', { name: 'Show filters' }).click();
    await expect.poll(() => filters.isVisible()).toBe(true);
    await filters.getByRole('button', { name: 'Clear all' }).click();
  });

  it('keeps the filter column within its edge, with its conversations folded and shown in full', async () => {
    const { page } = recorded;
    await page.setViewportSize({ width: 1280, height: 820 });
    await nav(page, 'Browse').click();
    const filters = page.locator('.filter-panel');
    // Nothing in the column scrolls sideways or runs past its right edge.
    const overflow = () =>
      filters.evaluate((panel) => {
        const edge = panel.getBoundingClientRect().right;
        const past = [...panel.querySelectorAll('*')].filter(
          (el) => el.getBoundingClientRect().right > edge + 0.5,
        );
        return {
          scrolls: panel.scrollWidth > panel.clientWidth,
          past: past.map((el) => el.textContent?.slice(0, 40)),
        };
      });
    // The generated archive has more conversations than are listed before "Show all".
    const more = filters.getByRole('button', { name: /^Show all \d+ conversations$/ });
    expect(await more.count()).toBe(1);
    expect(await overflow()).toEqual({ scrolls: false, past: [] });
    await more.click();
    await expect.poll(() => filters.getByRole('button', { name: 'Show fewer' }).count()).toBe(1);
    expect(await overflow()).toEqual({ scrolls: false, past: [] });
    await screenshot(page, 'views/browse-filters-1280-light');
    await filters.getByRole('button', { name: 'Show fewer' }).click();
  });

  it('opens a checklist setting on x.com from its step, after confirming', async () => {
    const { page } = recorded;
    await page.setViewportSize({ width: 1280, height: 820 });
    await nav(page, 'Overview').click();
    await page.getByRole('button', { name: /^Reduce it: \d+ steps?$/ }).click();
    const open = page.locator('article.checklist-step.open');
    await expect.poll(() => open.count()).toBe(1);
    await open.getByRole('button', { name: 'Open this setting' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Open in browser' }).click();
    await expect.poll(async () => (await harness.state()).opened.length).toBe(1);
    expect((await harness.state()).opened[0]).toMatch(/^https:\/\/x\.com\/settings\//);
    await open.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => page.getByTestId('checklist-progress').textContent()).toMatch(/^1 of \d+/);
    await nav(page, 'Overview').click();
    await expect
      .poll(() => page.getByTestId('answer-progress').textContent())
      .toMatch(/^1 of \d+ recommended/);
  });

  it('shows a like in context: who wrote it, and when likes became private', async () => {
    const { page } = recorded;
    await page.locator('.undated-tile').first().click();
    await page.getByRole('listbox').getByRole('option').first().click();
    const pane = page.locator('.detail-pane');
    await expect.poll(() => pane.textContent()).toMatch(/Post by @|does not say who wrote/);
    expect(await pane.textContent()).toContain('anyone could see the posts you liked');
    await screenshot(page, 'views/browse-like-1280-light');
    await page.getByRole('button', { name: 'Back to Overview' }).click();
  });

  it('threads a Grok chat and names the other side of a direct message', async () => {
    const { page } = recorded;
    await nav(page, 'Overview').click();
    const holds = page.getByRole('region', { name: 'What your archive holds' });
    await holds.getByRole('button', { name: /^Grok messages/ }).click();
    await page.getByRole('listbox').getByRole('option').first().click();
    const thread = page.locator('.detail-pane ol.thread');
    await expect.poll(() => thread.locator('li').count()).toBeGreaterThan(1);
    expect(await thread.locator('li.current').count()).toBe(1);
    expect(await page.locator('.detail-pane script, .detail-pane img[src^="http"]').count()).toBe(0);
    await screenshot(page, 'views/browse-grok-1280-light');
    await page.getByRole('button', { name: 'Back to Overview' }).click();
    await holds.getByRole('button', { name: /^Direct messages/ }).click();
    await page.getByRole('listbox').getByRole('option').first().click();
    await expect
      .poll(() => page.locator('.detail-pane').textContent())
      .toMatch(/With the account number \d+|A group conversation/);
    await page.getByRole('button', { name: 'Back to Overview' }).click();
  });

  it('made no request to any host but the harness, and no page errors', () => {
    expect(recorded.foreignRequests).toEqual([]);
    expect(recorded.errors, recorded.errors.join('\n')).toEqual([]);
  });
});
