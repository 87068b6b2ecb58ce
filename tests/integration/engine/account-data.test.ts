import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateArchive } from '../../fixtures/generator/index';
import { importArchive } from '../../../electron/engine/index';
import { archiveDbPath } from '../../../electron/engine/library/paths';
import { accountData } from '../../../electron/engine/queries/account-data';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { REAL, tempDir } from './helpers';

const work = tempDir('xexp-held-');
afterAll(() => work.cleanup());

function read(dataDir: string, summary: ArchiveSummary) {
  const db = new Database(archiveDbPath(dataDir, summary.archiveId), { readonly: true });
  try {
    return accountData(db, summary);
  } finally {
    db.close();
  }
}

describe('what X holds about the person, from a synthetic modern archive', () => {
  it('reads logins, devices, apps, age, contact, interests, ads, searches and lists', async () => {
    const out = join(work.dir, 'modern.zip');
    const generated = await generateArchive({ out, items: 800, seed: 5, layout: 'modern' });
    const dataDir = join(work.dir, 'data-modern');
    const summary = await importArchive(out, { dataDir });
    const held = generated.held!;
    const data = read(dataDir, summary);

    expect(Object.values(data.sources).every((s) => s === 'read')).toBe(true);
    expect(data.age).toEqual({ birthDate: '1991-04-12', ageRanges: ['25-34'], inferredAgeRanges: ['25-34'] });
    expect(data.logins).toMatchObject({
      count: held.logins,
      addresses: held.loginAddresses.length,
      first: held.firstLogin,
      last: held.lastLogin,
      creationAddress: held.creationAddress,
    });
    expect(data.logins.top.reduce((n, a) => n + a.logins, 0)).toBeLessThanOrEqual(held.logins);
    expect(data.logins.top[0]!.logins).toBeGreaterThanOrEqual(data.logins.top.at(-1)!.logins);
    expect(data.devices).toHaveLength(held.devices);
    expect(data.devices.map((d) => d.kind).sort()).toEqual(['app', 'app', 'phone', 'push']);
    expect(JSON.stringify(data)).not.toMatch(/FAKE-(PUSH-)?TOKEN|FAKE-UDID/);
    expect(data.connectedApps.map((a) => [a.name, a.permissions, a.approvedAt]).sort()).toEqual(
      held.apps.map((a) => [a.name, a.permissions, a.approvedAt]).sort(),
    );
    expect(data.contact.email).toBe(generated.account.email);
    expect(data.contact.emailChanges).toHaveLength(held.emailChanges);
    expect(data.interests.map((i) => i.name).filter((n) => generated.interests.includes(n))).toHaveLength(
      generated.interests.length,
    );
    expect(data.interests.find((i) => i.name === 'Health and wellness')?.flags).toEqual(['health']);
    expect(data.interests.find((i) => i.name === 'Cycling')?.flags).toEqual([]);
    expect(data.advertising).toMatchObject({
      impressions: generated.ads.impressions,
      engagements: generated.ads.engagements,
    });
    expect(data.advertising.top.length).toBeGreaterThan(0);
    expect(data.advertising.top.every((a) => generated.ads.advertisers.includes(a.name))).toBe(true);
    expect(data.demographics).toEqual({
      languages: ['English', 'Spanish'],
      gender: 'female',
      locations: ['Valencia, Spain'],
    });
    expect(data.savedSearches).toEqual(held.savedSearches);
    expect([data.lists.created.length, data.lists.member.length, data.lists.subscribed.length]).toEqual([
      held.lists.created,
      held.lists.member,
      held.lists.subscribed,
    ]);
    // The data types this version does not read are still named, with their record counts.
    const notRead = summary.files.filter((f) => f.status === 'unknown');
    expect(data.notAnalysed).toEqual(
      notRead.map((f) => ({ type: f.type, path: f.path, records: f.records })),
    );
    for (const type of generated.unknownTypes) {
      expect(notRead.find((f) => f.type === type)).toMatchObject({ records: 3 });
    }
    for (const read of ['data/ip-audit.js', 'data/connected-application.js', 'data/ageinfo.js']) {
      expect(notRead.map((f) => f.path)).not.toContain(read);
    }
  });

  it('a 2019 archive has none of these files: each section says so instead of showing nothing', async () => {
    const out = join(work.dir, 'old.zip');
    await generateArchive({ out, items: 200, seed: 6, layout: '2019' });
    const dataDir = join(work.dir, 'data-old');
    const summary = await importArchive(out, { dataDir });
    const data = read(dataDir, summary);
    expect(data.sources.logins).toBe('absent');
    expect(data.sources.connectedApps).toBe('absent');
    expect(data.sources.interests).toBe('read');
    expect(data.logins).toMatchObject({ count: 0, addresses: 0, first: null, creationAddress: null });
  });

  it('empty files are told apart from absent ones', async () => {
    const out = join(work.dir, 'empty');
    await generateArchive({
      out,
      items: 200,
      seed: 7,
      layout: 'modern',
      emptyFiles: ['ip-audit', 'saved-search'],
    });
    const dataDir = join(work.dir, 'data-empty');
    const summary = await importArchive(out, { dataDir });
    const data = read(dataDir, summary);
    expect(data.sources.savedSearches).toBe('empty');
    // account-creation-ip.js still has the creation address.
    expect(data.sources.logins).toBe('read');
    expect(data.logins.count).toBe(0);
  });

  it("a real 2019 archive's saved searches", async () => {
    const dataDir = join(work.dir, 'data-real');
    const summary = await importArchive(join(REAL, 'dogsheep__twitter-to-sqlite/tests/zip_contents'), {
      dataDir,
    });
    const data = read(dataDir, summary);
    expect(data.savedSearches).toEqual(['simonw', 'django']);
    expect(data.sources.savedSearches).toBe('read');
    expect(data.notAnalysed).toEqual([{ type: 'app', path: 'app.js', records: 1 }]);
  });
});
