import { describe, expect, it } from 'vitest';
import {
  normaliseAgeInfo,
  normaliseConnectedApp,
  normaliseCreationIp,
  normaliseDeviceToken,
  normaliseEmailChange,
  normaliseIpAudit,
  normaliseListInfo,
  normaliseNiDevice,
  normaliseSavedSearch,
  parseDay,
} from '../../../electron/engine/ingest/normalise/held-data';
import { normalisePersonalization } from '../../../electron/engine/ingest/normalise/account';

type Case = [name: string, normalise: (el: unknown) => unknown, element: unknown, expected: unknown];

/** Element shapes as in docs/x-archive-format.md §9 and §13 (X's README.txt and real files). */
const CASES: Case[] = [
  [
    'ageinfo: age ranges and the birth date',
    normaliseAgeInfo,
    { ageMeta: { ageInfo: { age: ['13-54'], birthDate: '1991-04-12' } } },
    { ageRanges: ['13-54'], birthDate: '1991-04-12' },
  ],
  ['ageinfo: empty when X holds no age', normaliseAgeInfo, { ageMeta: {} }, { skip: 'no age held' }],
  [
    'ageinfo: an impossible birth date is not kept',
    normaliseAgeInfo,
    { ageMeta: { ageInfo: { age: ['18-24'], birthDate: '1991-02-30' } } },
    { ageRanges: ['18-24'], birthDate: null },
  ],
  [
    'ip-audit: one login with its date',
    normaliseIpAudit,
    { ipAudit: { accountId: '1', createdAt: '2021-06-20T08:03:12.000Z', loginIp: '203.0.113.7' } },
    { at: '2021-06-20T08:03:12.000Z', ip: '203.0.113.7' },
  ],
  ['ip-audit: no address', normaliseIpAudit, { ipAudit: { accountId: '1' } }, { skip: 'no address' }],
  [
    'account-creation-ip',
    normaliseCreationIp,
    { accountCreationIp: { accountId: '1', userCreationIp: '198.51.100.4' } },
    { ip: '198.51.100.4' },
  ],
  [
    'device-token: the app, never the token',
    normaliseDeviceToken,
    {
      deviceToken: {
        clientApplicationId: '258901',
        token: 'SECRET-TOKEN',
        createdAt: '2020-01-02T03:04:05.000Z',
        lastSeenAt: '2021-06-01T00:00:00.000Z',
        clientApplicationName: 'Twitter for Android',
      },
    },
    {
      kind: 'app',
      name: 'Twitter for Android',
      createdAt: '2020-01-02T03:04:05.000Z',
      lastSeenAt: '2021-06-01T00:00:00.000Z',
    },
  ],
  [
    'ni-devices: a push device with dotted dates',
    normaliseNiDevice,
    {
      niDeviceResponse: {
        pushDevice: {
          deviceVersion: '8.47',
          deviceType: 'Twitter for iPhone',
          token: 'SECRET',
          udid: 'ABC',
          updatedDate: '2021.05.03',
          createdDate: '2020.11.20',
        },
      },
    },
    {
      kind: 'push',
      name: 'Twitter for iPhone',
      createdAt: '2020-11-20T00:00:00.000Z',
      lastSeenAt: '2021-05-03T00:00:00.000Z',
    },
  ],
  [
    'ni-devices: a phone X texts (the carrier, not the number)',
    normaliseNiDevice,
    {
      niDeviceResponse: {
        messagingDevice: {
          phoneNumber: '+34600000000',
          carrier: 'movistar',
          deviceType: 'Auth',
          updatedDate: '2019.04.25',
          createdDate: '2019.04.25',
        },
      },
    },
    {
      kind: 'phone',
      name: 'movistar',
      createdAt: '2019-04-25T00:00:00.000Z',
      lastSeenAt: '2019-04-25T00:00:00.000Z',
    },
  ],
  ['ni-devices: nothing inside', normaliseNiDevice, { niDeviceResponse: {} }, { skip: 'no device' }],
  [
    'connected-application: permissions and approval date',
    normaliseConnectedApp,
    {
      connectedApplication: {
        organization: { name: 'Buffer', url: 'https://buffer.com', privacyPolicyUrl: '' },
        name: 'Buffer',
        description: 'Schedule posts',
        permissions: ['read', 'write', 'DirectMessages'],
        approvedAt: '2019-09-14T15:30:00.000Z',
        id: '12345',
      },
    },
    {
      appId: '12345',
      name: 'Buffer',
      organization: 'Buffer',
      website: 'https://buffer.com',
      description: 'Schedule posts',
      permissions: ['read', 'write', 'directmessages'],
      approvedAt: '2019-09-14T15:30:00.000Z',
    },
  ],
  [
    'connected-application: no name at all',
    normaliseConnectedApp,
    { connectedApplication: { permissions: ['read'] } },
    { skip: 'no application name' },
  ],
  [
    'email-address-change',
    normaliseEmailChange,
    {
      emailAddressChange: {
        accountId: '1',
        emailChange: {
          changedAt: '2022-03-01T10:00:00.000Z',
          changedFrom: 'old@example.com',
          changedTo: 'new@example.com',
        },
      },
    },
    { changedAt: '2022-03-01T10:00:00.000Z', changedFrom: 'old@example.com', changedTo: 'new@example.com' },
  ],
  [
    'saved-search',
    normaliseSavedSearch,
    { savedSearch: { savedSearchId: '42214', query: 'simonw' } },
    { query: 'simonw' },
  ],
  ['saved-search: blank query', normaliseSavedSearch, { savedSearch: { query: ' ' } }, { skip: 'no query' }],
  [
    'lists: one url',
    normaliseListInfo,
    { userListInfo: { url: 'https://twitter.com/me/lists/bread' } },
    ['https://twitter.com/me/lists/bread'],
  ],
  [
    'lists: several urls',
    normaliseListInfo,
    { userListInfo: { urls: ['https://twitter.com/a/lists/x', 'https://twitter.com/b/lists/y'] } },
    ['https://twitter.com/a/lists/x', 'https://twitter.com/b/lists/y'],
  ],
  ['lists: empty', normaliseListInfo, { userListInfo: {} }, { skip: 'no list address' }],
];

describe('account-level normalisers', () => {
  it.each(CASES)('%s', (_name, normalise, element, expected) => {
    expect(normalise(element)).toEqual(expected);
  });

  it('never keeps a device or app token', () => {
    const el = {
      deviceToken: { token: 'SECRET-TOKEN', clientApplicationName: 'X', createdAt: '2020-01-01' },
    };
    expect(JSON.stringify(normaliseDeviceToken(el))).not.toContain('SECRET');
  });
});

describe('parseDay', () => {
  it.each([
    ['1991-04-12', '1991-04-12'],
    ['2019.04.25', '2019-04-25'],
    ['2019-13-01', null],
    ['', null],
    [19910412, null],
  ])('%s -> %s', (input, expected) => {
    expect(parseDay(input)).toBe(expected);
  });
});

describe('normalisePersonalization', () => {
  it('keeps lookalike advertisers apart from the advertisers whose audiences hold you', () => {
    const rec = normalisePersonalization({
      p13nData: {
        interests: {
          interests: [],
          audienceAndAdvertisers: {
            numAudiences: '3',
            advertisers: ['@a'],
            lookalikeAdvertisers: ['@b'],
          },
        },
      },
    });
    expect(rec).toMatchObject({
      demographics: [
        { key: 'audiences', value: '3' },
        { key: 'advertiser', value: '@a' },
        { key: 'lookalikeAdvertiser', value: '@b' },
      ],
    });
  });
});
