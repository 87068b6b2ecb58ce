/** Debian's Chromium driven by playwright-core, with every request recorded so foreign hosts fail the suite. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

export { CHROMIUM, CHROMIUM_ARGS };

export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface RecordedPage {
  page: Page;
  /** Every URL the page requested that is not on the harness origin. */
  foreignRequests: string[];
  /** Uncaught page errors and console errors. */
  errors: string[];
  dialogs: string[];
}

export async function openRecordedPage(
  browser: Browser,
  origin: string,
  viewport = { width: 1280, height: 820 },
): Promise<RecordedPage> {
  const context = await browser.newContext({ viewport, acceptDownloads: false });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  const allowed = new URL(origin).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== allowed) foreignRequests.push(url);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { page, foreignRequests, errors, dialogs };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const path = resolve(ARTIFACTS, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: false });
  return path;
}
