import { describe, expect, it } from 'vitest';
import { presentAccountData } from '../../../shared/account-data/present';
import { SECTION_COVERAGE } from '../../../shared/account-data/coverage';
import { HELD_SECTIONS, type AccountData } from '../../../shared/model/account-data';

const read = Object.fromEntries(HELD_SECTIONS.map((s) => [s, 'read'])) as AccountData['sources'];

const DATA: AccountData = {
  sources: read,
  age: { birthDate: '1991-04-12', ageRanges: ['25-34'], inferredAgeRanges: ['25-34'] },
  logins: {
    count: 12,
    addresses: 3,
    first: '2024-01-02T10:00:00.000Z',
    last: '2024-11-05T09:00:00.000Z',
    creationAddress: '198.51.100.23',
    top: [
      { ip: '203.0.113.7', logins: 8, first: '2024-01-02T10:00:00.000Z', last: '2024-11-05T09:00:00.000Z' },
      { ip: '203.0.113.9', logins: 3, first: '2024-03-02T10:00:00.000Z', last: '2024-03-02T11:00:00.000Z' },
    ],
  },
  devices: [
    { kind: 'push', name: 'Twitter for iPhone', createdAt: '2020-11-20T00:00:00.000Z', lastSeenAt: null },
  ],
  connectedApps: [
    {
      name: 'Mindful Moments',
      organization: 'Calm Labs',
      website: 'https://example.org',
      permissions: ['read', 'directmessages'],
      approvedAt: '2019-09-14T15:30:00.000Z',
    },
  ],
  contact: {
    email: 'me@example.com',
    phone: '+34600000000',
    emailChanges: [
      { changedAt: '2022-03-01T10:00:00.000Z', changedFrom: 'old@example.com', changedTo: 'me@example.com' },
    ],
  },
  interests: [
    { name: 'Coffee', disabled: false, source: 'interest', flags: [] },
    { name: 'Mental health', disabled: false, source: 'interest', flags: ['health'] },
    { name: 'Parenting', disabled: true, source: 'interest', flags: ['family'] },
  ],
  demographics: { languages: ['English'], gender: 'female', locations: ['Valencia, Spain'] },
  advertising: {
    audiences: 12,
    advertisers: ['@bikeshopco'],
    lookalikeAdvertisers: ['@cloudnotes'],
    impressions: 40,
    engagements: 2,
    first: '2024-10-01T00:00:00.000Z',
    last: '2024-11-01T00:00:00.000Z',
    top: [{ name: 'Bike Shop Co', impressions: 30, engagements: 2 }],
  },
  savedSearches: ['sourdough starter'],
  lists: { created: ['https://twitter.com/me/lists/bread'], member: [], subscribed: [] },
  notAnalysed: [{ type: 'spacesMetadata', path: 'data/spaces-metadata.js', records: 3 }],
};

const PERSONAL = [
  '1991',
  '25-34',
  '203.0.113.7',
  '198.51.100.23',
  'me@example.com',
  '+34600000000',
  'Mental health',
  'Parenting',
  'Coffee',
  'female',
  'Valencia',
  'sourdough',
  'bread',
  '@bikeshopco',
];

const section = (p: ReturnType<typeof presentAccountData>, id: string) =>
  p.sections.find((s) => s.id === id)!;

describe('presentAccountData', () => {
  it('says in plain words what X holds: birth date, logins and when, apps and their permissions', () => {
    const p = presentAccountData(DATA, { redact: false });
    expect(section(p, 'age').lines[0]).toEqual({
      label: 'Birth date X holds',
      value: '12 Apr 1991',
      flags: [],
    });
    expect(section(p, 'logins').summary).toBe(
      'X logged 12 logins from 3 internet addresses, 2 Jan 2024 to 5 Nov 2024. An internet address shows roughly where you were. The 2 used most are listed.',
    );
    expect(section(p, 'connectedApps').lines[0]).toEqual({
      label: 'Mindful Moments',
      value:
        'can read your account and read and send your direct messages (by Calm Labs); allowed on 14 Sep 2019',
      flags: [],
    });
    expect(section(p, 'connectedApps').summary).toContain('1 of them can read your direct messages');
  });

  it('lists interests that reveal a sensitive category first, flagged', () => {
    const lines = section(presentAccountData(DATA, { redact: false }), 'interests').lines;
    expect(lines.map((l) => [l.label, l.flags])).toEqual([
      ['Mental health', ['health']],
      ['Parenting (you switched it off)', ['family']],
      ['1 other interest', []],
    ]);
  });

  it('a redacted report hides every personal value and keeps counts, dates and categories', () => {
    const p = presentAccountData(DATA, { redact: true });
    const text = JSON.stringify(p);
    for (const value of PERSONAL) expect(text, value).not.toContain(value);
    expect(section(p, 'interests').lines.map((l) => l.flags)).toEqual([['health'], ['family'], []]);
    expect(section(p, 'logins').lines[0]).toEqual({
      label: 'Address 1',
      value: '8 logins, 2 Jan 2024 to 5 Nov 2024',
      flags: ['location'],
    });
    expect(p.redacted).toBe(true);
  });

  it.each([
    ['absent', 'Your archive has no file for this'],
    ['empty', 'it is empty: X listed nothing'],
    ['notRead', 'Import the archive again'],
  ] as const)('a section whose files are %s says why it shows nothing', (source, words) => {
    const empty: AccountData = {
      ...DATA,
      sources: { ...read, savedSearches: source },
      savedSearches: [],
    };
    const s = section(presentAccountData(empty, { redact: false }), 'savedSearches');
    expect(s.lines).toEqual([]);
    expect(s.summary).toContain(words);
  });

  it('names the files still not analysed', () => {
    const p = presentAccountData(DATA, { redact: false });
    expect(p.notAnalysed.files).toEqual([
      { label: 'Spaces you hosted or joined', path: 'data/spaces-metadata.js', records: 3 },
    ]);
    expect(p.notAnalysed.summary).toMatch(/^1 file of your archive is not analysed/);
  });

  it('every section says which channels reach it, each with the facts it rests on', () => {
    for (const id of HELD_SECTIONS) {
      const reaches = SECTION_COVERAGE[id];
      expect(reaches.map((r) => r.channel).sort()).toEqual(['grokTraining', 'openWeb', 'thirdParty']);
      expect(reaches.find((r) => r.channel === 'thirdParty')?.reach).toBe('yes');
      for (const r of reaches) expect(r.facts.length).toBeGreaterThan(0);
    }
  });
});
