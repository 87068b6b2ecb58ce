/**
 * Account-level files that say what X holds about the person: age, login addresses, devices,
 * connected apps, e-mail changes, saved searches and lists. Shapes: docs/x-archive-format.md §9, §13.
 * Secrets in these files (device push tokens, app tokens) are never kept.
 */
import type { Skip } from '../records';
import { parseArchiveDate } from '../../parse/dates';
import { asArray, asId, asObject, asString, unwrap } from '../../parse/text';

/** `YYYY-MM-DD` as written in ageinfo.js; anything else is not a date. */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** ni-devices.js writes `createdDate` as `2019.04.25`. */
const DOTTED_DAY = /^(\d{4})\.(\d{2})\.(\d{2})$/;

function validDay(y: string, m: string, d: string): string | null {
  const iso = `${y}-${m}-${d}`;
  const t = Date.parse(`${iso}T00:00:00.000Z`);
  return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== iso ? null : iso;
}

/** A calendar day (`YYYY-MM-DD` or `YYYY.MM.DD`), or null. */
export function parseDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = DAY.exec(value) ?? DOTTED_DAY.exec(value);
  return m ? validDay(m[1]!, m[2]!, m[3]!) : null;
}

/** Any date these files use: ISO, classic, or a bare day (as midnight UTC). */
function anyDate(value: unknown): string | null {
  const day = parseDay(value);
  return day ? `${day}T00:00:00.000Z` : parseArchiveDate(value);
}

function strings(value: unknown): string[] {
  return asArray(value)
    .map((v) => asString(v))
    .filter((s): s is string => s !== null && s.trim() !== '');
}

export interface AgeRecord {
  /** Age ranges X assigns, e.g. `13-54`. */
  ageRanges: string[];
  /** The birth date X holds (`YYYY-MM-DD`), when it has one. */
  birthDate: string | null;
}

/** ageinfo.js: `{"ageMeta": {"ageInfo": {"age": [...], "birthDate"}}}`, or `{"ageMeta": {}}` when X holds none. */
export function normaliseAgeInfo(el: unknown): AgeRecord | Skip {
  const meta = unwrap(el, 'ageMeta');
  if (!meta) return { skip: 'not an object' };
  const info = asObject(meta.ageInfo) ?? asObject(meta.inferredAgeInfo) ?? meta;
  const rec = { ageRanges: strings(info.age), birthDate: parseDay(info.birthDate) };
  return rec.ageRanges.length === 0 && !rec.birthDate ? { skip: 'no age held' } : rec;
}

export interface LoginIpRecord {
  at: string | null;
  ip: string;
}

/** ip-audit.js: `{"ipAudit": {"accountId", "createdAt", "loginIp"}}`, one per login X logged. */
export function normaliseIpAudit(el: unknown): LoginIpRecord | Skip {
  const a = unwrap(el, 'ipAudit');
  const ip = asString(a?.loginIp);
  if (!a || !ip) return { skip: 'no address' };
  return { at: parseArchiveDate(a.createdAt), ip };
}

/** account-creation-ip.js: `{"accountCreationIp": {"accountId", "userCreationIp"}}`. */
export function normaliseCreationIp(el: unknown): { ip: string } | Skip {
  const ip = asString(unwrap(el, 'accountCreationIp')?.userCreationIp);
  return ip ? { ip } : { skip: 'no address' };
}

export type DeviceKind = 'app' | 'push' | 'phone';

export interface DeviceRecord {
  /** `app`: an X app signed in (device-token.js); `push`: a device X sends notifications to; `phone`: a number X texts. */
  kind: DeviceKind;
  name: string | null;
  createdAt: string | null;
  lastSeenAt: string | null;
}

/** device-token.js: `{"deviceToken": {clientApplicationId, token, createdAt, lastSeenAt, clientApplicationName}}`. */
export function normaliseDeviceToken(el: unknown): DeviceRecord | Skip {
  const d = unwrap(el, 'deviceToken');
  if (!d) return { skip: 'not an object' };
  const name = asString(d.clientApplicationName) ?? asId(d.clientApplicationId);
  const createdAt = anyDate(d.createdAt);
  if (!name && !createdAt) return { skip: 'no application or date' };
  return { kind: 'app', name, createdAt, lastSeenAt: anyDate(d.lastSeenAt) };
}

/** ni-devices.js: `{"niDeviceResponse": {"pushDevice": {...}}}` or `{"messagingDevice": {...}}`. */
export function normaliseNiDevice(el: unknown): DeviceRecord | Skip {
  const r = unwrap(el, 'niDeviceResponse');
  const push = asObject(r?.pushDevice);
  const messaging = asObject(r?.messagingDevice);
  const d = push ?? messaging;
  if (!d) return { skip: 'no device' };
  const name = push ? asString(d.deviceType) : (asString(d.carrier) ?? asString(d.deviceType));
  return {
    kind: push ? 'push' : 'phone',
    name,
    createdAt: anyDate(d.createdDate ?? d.createdAt),
    lastSeenAt: anyDate(d.updatedDate ?? d.updatedAt),
  };
}

export interface ConnectedAppRecord {
  appId: string | null;
  name: string;
  organization: string | null;
  website: string | null;
  description: string | null;
  /** As X lists them: `read`, `write`, `directmessages`, `emailaddress`, ... */
  permissions: string[];
  approvedAt: string | null;
}

/** connected-application.js: `{"connectedApplication": {organization{name,url}, name, description, permissions[], approvedAt, id}}`. */
export function normaliseConnectedApp(el: unknown): ConnectedAppRecord | Skip {
  const a = unwrap(el, 'connectedApplication');
  const org = asObject(a?.organization);
  const name = asString(a?.name) ?? asString(org?.name);
  if (!a || !name) return { skip: 'no application name' };
  return {
    appId: asId(a.id),
    name,
    organization: asString(org?.name),
    website: asString(org?.url),
    description: asString(a.description),
    permissions: strings(a.permissions).map((p) => p.toLowerCase()),
    approvedAt: anyDate(a.approvedAt),
  };
}

export interface EmailChangeRecord {
  changedAt: string | null;
  changedFrom: string | null;
  changedTo: string;
}

/** email-address-change.js: `{"emailAddressChange": {"accountId", "emailChange": {changedAt, changedFrom, changedTo}}}`. */
export function normaliseEmailChange(el: unknown): EmailChangeRecord | Skip {
  const outer = unwrap(el, 'emailAddressChange');
  const c = asObject(outer?.emailChange) ?? outer;
  const changedTo = asString(c?.changedTo);
  if (!c || !changedTo) return { skip: 'no new address' };
  return { changedAt: anyDate(c.changedAt), changedFrom: asString(c.changedFrom), changedTo };
}

/** saved-search.js: `{"savedSearch": {"savedSearchId", "query"}}`. */
export function normaliseSavedSearch(el: unknown): { query: string } | Skip {
  const query = asString(unwrap(el, 'savedSearch')?.query);
  return query && query.trim() !== '' ? { query } : { skip: 'no query' };
}

/** lists-created/member/subscribed.js: `{"userListInfo": {"url"}}` (or `urls[]`); one list per url. */
export function normaliseListInfo(el: unknown): string[] | Skip {
  const info = unwrap(el, 'userListInfo');
  if (!info) return { skip: 'not an object' };
  const one = asString(info.url);
  const urls = [...(one ? [one] : []), ...strings(info.urls)];
  return urls.length > 0 ? urls : { skip: 'no list address' };
}
