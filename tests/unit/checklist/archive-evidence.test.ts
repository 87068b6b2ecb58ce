import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArchiveEvidence } from '../../../electron/engine/checklist/archive-evidence';
import { ARCHIVE_MIGRATIONS } from '../../../electron/engine/db/migrations/archive/index';
import { META, setMeta } from '../../../electron/engine/db/meta';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  for (const m of ARCHIVE_MIGRATIONS) m(db);
});
afterEach(() => db.close());

function post(id: string, lang: string | null) {
  db.prepare('INSERT INTO posts (tweet_id, lang, is_repost, is_quote) VALUES (?, ?, 0, 0)').run(id, lang);
}

describe('readArchiveEvidence', () => {
  it('reads an empty archive as no evidence', () => {
    expect(readArchiveEvidence(db)).toEqual({
      timeZone: null,
      phoneNumbers: [],
      profileLocation: null,
      locationHistory: [],
      languages: [],
      postLanguages: {},
      inferredInterests: 0,
      advertisers: 0,
    });
  });

  it('reads phone, profile location, languages, interests and advertisers', () => {
    db.prepare("INSERT INTO account (account_id, phone) VALUES ('1', '+34612345678')").run();
    db.prepare("INSERT INTO profile (location) VALUES ('Valencia, Spain')").run();
    setMeta(db, META.timeZone, 'Madrid');
    post('1', 'es');
    post('2', 'es');
    post('3', 'ca');
    post('4', null);
    db.prepare(
      "INSERT INTO demographics (key, value) VALUES ('language', 'Spanish'), ('gender', 'male')",
    ).run();
    db.prepare(
      "INSERT INTO interests (name, is_disabled, source) VALUES ('Tech', 0, 'x'), ('Cats', 0, 'x'), ('Off', 1, 'x')",
    ).run();
    db.prepare("INSERT INTO ad_impressions (advertiser_name) VALUES ('A'), ('B'), ('A')").run();
    db.prepare("INSERT INTO ad_engagements (advertiser_name) VALUES ('C'), ('A')").run();
    expect(readArchiveEvidence(db)).toEqual({
      timeZone: 'Madrid',
      phoneNumbers: ['+34612345678'],
      profileLocation: 'Valencia, Spain',
      locationHistory: [],
      languages: ['Spanish'],
      postLanguages: { es: 2, ca: 1 },
      inferredInterests: 3,
      advertisers: 3,
    });
  });
});
