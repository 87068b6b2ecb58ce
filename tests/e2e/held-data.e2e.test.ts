/**
 * "What X knows about you" in real Chromium against the real engine: an archive with every
 * account-level file, imported from the picker; the view shows what the command line's accountData
 * says, passes axe, and is saved as a screenshot to look at.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive, type GeneratedArchive } from '../fixtures/generator/index';
import { importThroughPicker, openAppSession, type AppSession } from './support/app-session';
import { seriousViolations } from './support/axe';
import { screenshot } from './support/browser';
import { cliSummary } from './support/cli';

describe('What X knows about you, end to end', () => {
  let session: AppSession;
  let archive: GeneratedArchive;

  beforeAll(async () => {
    session = await openAppSession('held');
    archive = await generateArchive({ out: join(session.root, 'twitter-held.zip'), seed: 31, items: 1500 });
  });

  afterAll(() => session?.close());

  it('shows the birth date, logins, devices, apps and flagged interests the command line reports', async () => {
    const { page } = session.recorded;
    await importThroughPicker(page, session.harness, archive.path);
    const [entry] = await page.evaluate(() => window.api.listLibrary());
    const { accountData } = cliSummary(session.dataDir, entry!.archiveId);
    await page.getByRole('button', { name: 'See what is exposed' }).click();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'What X knows' })
      .click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('What X knows about you');
    const region = (name: string) => page.getByRole('region', { name });
    // Dates follow the browser's locale in the app (en-US here).
    expect(await region('Your birth date and age').textContent()).toMatch(/Apr 12, 1991|12 Apr 1991/);
    expect(await region('Where you logged in from').textContent()).toContain(
      `X logged ${accountData.logins.count.toLocaleString('en-US')} logins from ${accountData.logins.addresses} internet addresses`,
    );
    const apps = (await region('Apps you connected to your account').textContent()) ?? '';
    for (const app of accountData.connectedApps) expect(apps).toContain(app.name);
    const interests = (await region('Interests X inferred about you').textContent()) ?? '';
    const flagged = accountData.interests.filter((i) => i.flags.length > 0);
    expect(flagged.length).toBeGreaterThan(0);
    for (const i of flagged) expect(interests).toContain(i.name);
    expect(await region('Not analysed yet').textContent()).toContain('Spaces you hosted or joined');
    const violations = await seriousViolations(page);
    expect(violations, JSON.stringify(violations)).toEqual([]);
    await screenshot(page, 'held-data');
    await region('Interests X inferred about you').scrollIntoViewIfNeeded();
    await screenshot(page, 'held-data-interests');
  });

  it('made no request to any host but the harness, and no page errors', () => {
    expect(session.recorded.foreignRequests).toEqual([]);
    expect(session.recorded.errors, session.recorded.errors.join('\n')).toEqual([]);
  });
});
