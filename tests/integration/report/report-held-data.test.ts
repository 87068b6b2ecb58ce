/**
 * "What X knows about you" in the report: built from an imported archive with every account-level
 * file, in the HTML the CLI and the app print; a redacted report leaves every personal value out.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, renderReportHtml } from '../../../electron/engine/report/index';
import { generateArchive, type GeneratedArchive } from '../../fixtures/generator/index';
import { importInto, type Imported } from './support';

const NOW = new Date('2026-12-06T12:00:00Z');
let imported: Imported;
let generated: GeneratedArchive;

beforeAll(async () => {
  imported = await importInto(async (dir) => {
    const out = join(dir, 'held.zip');
    generated = await generateArchive({ out, items: 600, seed: 21, layout: 'modern' });
    return out;
  });
});
afterAll(() => imported?.cleanup());

const html = (redactText: boolean) =>
  renderReportHtml(
    buildReportModel(imported.engine, imported.summary.archiveId, { redactText, paper: 'a4', now: NOW }),
  ).replace(/\s+/g, ' ');

describe('report: what X knows about you', () => {
  it('shows the birth date, logins, apps and flagged interests with the channels that reach them', () => {
    const text = html(false);
    const held = generated.held!;
    expect(text).toContain('What X knows about you');
    expect(text).toContain('12 Apr 1991');
    expect(text).toContain(
      `X logged ${held.logins} logins from ${held.loginAddresses.length} internet addresses`,
    );
    expect(text).toContain(held.creationAddress);
    for (const app of held.apps) expect(text).toContain(app.name);
    expect(text).toContain('read and send your direct messages');
    expect(text).toContain('Health and wellness');
    expect(text).toContain('Third-party AI: yes.');
    expect(text).toContain('Grok / xAI training: no.');
    expect(text).toContain('Spaces you hosted or joined: 3 records');
    // Each part cites numbered sources from the report's one source list.
    expect(text).toMatch(/Where you logged in from.*?Sources: \[\d+(, \d+)*\]/);
  });

  it('a redacted report leaves out every personal value and keeps counts and categories', () => {
    const text = html(true);
    const held = generated.held!;
    expect(text).toContain('What X knows about you');
    expect(text).toContain(`X logged ${held.logins} logins`);
    for (const value of [
      '1991',
      held.creationAddress,
      ...held.loginAddresses,
      generated.account.email,
      ...held.savedSearches,
      'Health and wellness',
      'Valencia, Spain',
    ]) {
      expect(text, value).not.toContain(value);
    }
    expect(text).toContain('left out');
  });
});
