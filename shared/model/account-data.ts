/**
 * What X holds about the person beyond their posts: the account-level files of the archive, read and
 * summed up. The engine's `accountData` answer (CLI `summary --json` carries it as `accountData`);
 * the app's "What X knows about you" view and the report present it with `presentAccountData`.
 */
import type { Flag } from './kinds';

/** The parts of the answer, each shown as one section. */
export const HELD_SECTIONS = [
  'age',
  'logins',
  'devices',
  'connectedApps',
  'contact',
  'interests',
  'demographics',
  'advertising',
  'savedSearches',
  'lists',
] as const;
export type HeldSection = (typeof HELD_SECTIONS)[number];

/**
 * Whether the archive had the section's files: `read` (at least one record), `empty` (files present,
 * nothing in them), `notRead` (present, but imported by an older version that did not read them:
 * import the archive again), `absent` (not in this archive, e.g. an older format or a trimmed copy).
 */
export type HeldSource = 'read' | 'empty' | 'notRead' | 'absent';

export interface HeldAge {
  /** The birth date X holds (ageinfo.js), `YYYY-MM-DD`. */
  birthDate: string | null;
  /** Age ranges X holds (ageinfo.js). */
  ageRanges: string[];
  /** Age ranges X inferred for advertising (personalization.js). */
  inferredAgeRanges: string[];
}

export interface HeldLoginAddress {
  ip: string;
  logins: number;
  first: string | null;
  last: string | null;
}

export interface HeldLogins {
  /** Logins X logged with their address (ip-audit.js). */
  count: number;
  /** Different addresses among them. */
  addresses: number;
  first: string | null;
  last: string | null;
  /** The address the account was created from (account-creation-ip.js). */
  creationAddress: string | null;
  /** The most used addresses, most logins first (at most TOP_LIMIT). */
  top: HeldLoginAddress[];
}

export interface HeldDevice {
  /** `app`: an X app signed in; `push`: a device X sends notifications to; `phone`: a number X texts. */
  kind: 'app' | 'push' | 'phone';
  name: string | null;
  createdAt: string | null;
  lastSeenAt: string | null;
}

export interface HeldConnectedApp {
  name: string;
  organization: string | null;
  website: string | null;
  /** As X lists them (`read`, `write`, `directmessages`, `emailaddress`, ...). */
  permissions: string[];
  approvedAt: string | null;
}

export interface HeldContact {
  email: string | null;
  phone: string | null;
  emailChanges: Array<{ changedAt: string | null; changedFrom: string | null; changedTo: string }>;
}

export interface HeldInterest {
  name: string;
  /** The person switched it off in X's settings (X still lists it). */
  disabled: boolean;
  /** `interest`: X's own inference; `partnerInterest`: from ad partners; `show`: a TV show. */
  source: 'interest' | 'partnerInterest' | 'show';
  /** The sensitive categories the interest reveals (health, religion, family, ...). */
  flags: Flag[];
}

export interface HeldDemographics {
  languages: string[];
  gender: string | null;
  /** Places X lists in the location history. */
  locations: string[];
}

export interface HeldAdvertiser {
  name: string;
  impressions: number;
  engagements: number;
}

export interface HeldAdvertising {
  /** How many advertiser audiences X puts the account in. */
  audiences: number | null;
  /** Advertisers whose audience lists include the account. */
  advertisers: string[];
  /** Advertisers that target people "like" the account. */
  lookalikeAdvertisers: string[];
  impressions: number;
  engagements: number;
  first: string | null;
  last: string | null;
  /** Advertisers with the most ads shown, most first (at most TOP_LIMIT). */
  top: HeldAdvertiser[];
}

export interface HeldLists {
  created: string[];
  member: string[];
  subscribed: string[];
}

/** A data file of the archive this version does not read: named, with its record count. */
export interface NotAnalysedFile {
  /** The manifest data type (`spacesMetadata`). */
  type: string;
  /** The file inside the archive, so a person can find it there. */
  path: string;
  records: number;
}

export interface AccountData {
  sources: Record<HeldSection, HeldSource>;
  age: HeldAge;
  logins: HeldLogins;
  devices: HeldDevice[];
  connectedApps: HeldConnectedApp[];
  contact: HeldContact;
  interests: HeldInterest[];
  demographics: HeldDemographics;
  advertising: HeldAdvertising;
  savedSearches: string[];
  lists: HeldLists;
  /** Files in the archive that are still not analysed (records counted only). */
  notAnalysed: NotAnalysedFile[];
}

/** How many login addresses and advertisers the answer names. */
export const TOP_LIMIT = 10;

/** The manifest data types each section is read from. */
export const SECTION_TYPES: Readonly<Record<HeldSection, readonly string[]>> = {
  age: ['ageinfo', 'personalization'],
  logins: ['ipAudit', 'accountCreationIp'],
  devices: ['deviceToken', 'niDevices'],
  connectedApps: ['connectedApplication'],
  contact: ['account', 'phoneNumber', 'emailAddressChange'],
  interests: ['personalization'],
  demographics: ['personalization'],
  advertising: ['personalization', 'adImpressions', 'adEngagements'],
  savedSearches: ['savedSearch'],
  lists: ['listsCreated', 'listsMember', 'listsSubscribed'],
};
