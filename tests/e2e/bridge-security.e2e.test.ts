import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import { launchBrowser, openRecordedPage, screenshot } from './support/browser';

/** Raw request with a chosen Host header (fetch won't let us forge it). */
function rawRequest(
  method: 'GET' | 'POST',
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolveStatus, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      res.resume();
      resolveStatus(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(method === 'POST' ? JSON.stringify({ input: null }) : undefined);
  });
}

const rawPost = (port: number, path: string, headers: Record<string, string>) =>
  rawRequest('POST', port, path, headers);

describe('the e2e harness and the empty app', () => {
  let harness: Harness;
  let browser: Browser;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-e2e-shell-'));
    harness = await startHarness(join(root, 'data'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await harness?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('renders the Open view from the built renderer with window.api bridged to the engine', async () => {
    const { page, foreignRequests, errors } = await openRecordedPage(browser, harness.url);
    await page.goto(harness.url);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).first().textContent())
      .toContain('Open your X archive');
    const library = await page.evaluate(() => window.api.listLibrary());
    expect(library).toEqual([]);
    const apiShape = await page.evaluate(() =>
      Object.entries(window.api).map(([name, value]) => `${name}:${typeof value}`),
    );
    expect(apiShape.length).toBeGreaterThan(5);
    expect(apiShape.every((entry) => entry.endsWith(':function'))).toBe(true);
    await screenshot(page, 'open-empty');
    expect(errors, errors.join('\n')).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('rejects invalid input with a readable message, not a stack trace', async () => {
    const { page } = await openRecordedPage(browser, harness.url);
    await page.goto(harness.url);
    const message = await page.evaluate(() =>
      window.api.getSummary({ archiveId: '../../etc/passwd' }).then(
        () => 'resolved',
        (error: Error) => error.message,
      ),
    );
    expect(message).toMatch(/^Invalid request for archive:summary/);
    expect(message).not.toMatch(/\n\s+at /);
  });

  it('refuses calls without the per-run token, from another Host or from another origin', async () => {
    const host = `127.0.0.1:${harness.port}`;
    expect(await rawPost(harness.port, '/api/library:list', { Host: host })).toBe(403);
    expect(
      await rawPost(harness.port, '/api/library:list', {
        Host: `evil.example:${harness.port}`,
        'X-Harness-Token': harness.token,
      }),
    ).toBe(403);
    expect(
      await rawPost(harness.port, '/api/library:list', {
        Host: host,
        Origin: 'http://evil.example',
        'X-Harness-Token': harness.token,
      }),
    ).toBe(403);
    expect(
      await rawPost(harness.port, '/api/library:list', { Host: host, 'X-Harness-Token': harness.token }),
    ).toBe(200);
  });

  it('serves media only to requests carrying the per-run token (the page has it as a cookie)', async () => {
    const host = `127.0.0.1:${harness.port}`;
    const path = '/media/0123456789abcdef/data%2Ftweets_media%2F1-a.jpg';
    expect(await rawRequest('GET', harness.port, path, { Host: host })).toBe(403);
    expect(
      await rawRequest('GET', harness.port, path, { Host: host, Cookie: 'xe-harness-token=wrong' }),
    ).toBe(403);
    // With the token the request reaches the engine, which has no such archive.
    expect(
      await rawRequest('GET', harness.port, path, {
        Host: host,
        Cookie: `xe-harness-token=${harness.token}`,
      }),
    ).toBe(404);
    const page = await fetch(harness.url);
    expect(page.headers.get('set-cookie')).toContain(`xe-harness-token=${harness.token}`);
    expect(page.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await fetch(new URL('/..%2f..%2fpackage.json', harness.url));
    expect(response.status).toBe(404);
  });
});
