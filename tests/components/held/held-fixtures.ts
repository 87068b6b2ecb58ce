/** A realistic "what X holds" answer for component tests. */
import { HELD_SECTIONS, type AccountData } from '../../../shared/model/account-data';

export function makeAccountData(overrides: Partial<AccountData> = {}): AccountData {
  return {
    sources: Object.fromEntries(HELD_SECTIONS.map((s) => [s, 'read'])) as AccountData['sources'],
    age: { birthDate: '1991-04-12', ageRanges: ['25-34'], inferredAgeRanges: [] },
    logins: {
      count: 333,
      addresses: 41,
      first: '2024-05-01T08:00:00.000Z',
      last: '2024-11-15T21:00:00.000Z',
      creationAddress: '198.51.100.23',
      top: [
        {
          ip: '203.0.113.7',
          logins: 120,
          first: '2024-05-01T08:00:00.000Z',
          last: '2024-11-15T21:00:00.000Z',
        },
      ],
    },
    devices: [
      {
        kind: 'app',
        name: 'Twitter for Android',
        createdAt: '2023-01-02T00:00:00.000Z',
        lastSeenAt: '2024-11-10T00:00:00.000Z',
      },
    ],
    connectedApps: [
      {
        name: 'Mindful Moments',
        organization: 'Calm Labs',
        website: 'https://example.org/calm',
        permissions: ['read', 'write', 'directmessages'],
        approvedAt: '2021-02-03T10:00:00.000Z',
      },
    ],
    contact: { email: 'me@example.com', phone: null, emailChanges: [] },
    interests: [
      { name: 'Mental health', disabled: false, source: 'interest', flags: ['health'] },
      { name: 'Parenting', disabled: false, source: 'interest', flags: ['family'] },
      { name: 'Cycling', disabled: false, source: 'interest', flags: [] },
    ],
    demographics: { languages: ['English'], gender: null, locations: [] },
    advertising: {
      audiences: 12,
      advertisers: [],
      lookalikeAdvertisers: [],
      impressions: 40,
      engagements: 2,
      first: '2024-10-01T00:00:00.000Z',
      last: '2024-11-01T00:00:00.000Z',
      top: [{ name: 'Bike Shop Co', impressions: 30, engagements: 2 }],
    },
    savedSearches: [],
    lists: { created: [], member: [], subscribed: [] },
    notAnalysed: [{ type: 'spacesMetadata', path: 'data/spaces-metadata.js', records: 3 }],
    ...overrides,
  };
}
