import type { Skip } from '../records';
import { parseArchiveDate } from '../../parse/dates';
import { asArray, asId, asObject, asString, unwrap } from '../../parse/text';

export interface AccountRecord {
  accountId: string;
  username: string | null;
  displayName: string | null;
  email: string | null;
  phone: string | null;
  createdAt: string | null;
  createdVia: string | null;
}

export function normaliseAccount(el: unknown): AccountRecord | Skip {
  const a = unwrap(el, 'account');
  const accountId = asId(a?.accountId);
  if (!a || !accountId) return { skip: 'missing account id' };
  return {
    accountId,
    username: asString(a.username),
    displayName: asString(a.accountDisplayName),
    email: asString(a.email),
    phone: asString(a.phoneNumber),
    createdAt: parseArchiveDate(a.createdAt),
    createdVia: asString(a.createdVia),
  };
}

/** phone-number.js: `{ "device": { "phoneNumber": "+44..." } }`, the number on the account. */
export function normalisePhoneNumber(el: unknown): { phone: string } | Skip {
  const phone = asString(unwrap(el, 'device')?.phoneNumber);
  return phone ? { phone } : { skip: 'no phone number' };
}

/** account-timezone.js: `{ "accountTimezone": { "accountId", "timeZone": "Berlin" } }`. */
export function normaliseTimeZone(el: unknown): { timeZone: string } | Skip {
  const timeZone = asString(unwrap(el, 'accountTimezone')?.timeZone);
  return timeZone ? { timeZone } : { skip: 'no time zone' };
}

export interface ProfileRecord {
  bio: string | null;
  website: string | null;
  location: string | null;
  avatarUrl: string | null;
  headerUrl: string | null;
}

export function normaliseProfile(el: unknown): ProfileRecord | Skip {
  const p = unwrap(el, 'profile');
  if (!p) return { skip: 'not an object' };
  const d = asObject(p.description);
  return {
    bio: asString(d?.bio),
    website: asString(d?.website),
    location: asString(d?.location),
    avatarUrl: asString(p.avatarMediaUrl),
    headerUrl: asString(p.headerMediaUrl),
  };
}

export interface ScreenNameChangeRecord {
  changedAt: string | null;
  changedFrom: string | null;
  changedTo: string | null;
}

export function normaliseScreenNameChange(el: unknown): ScreenNameChangeRecord | Skip {
  const outer = unwrap(el, 'screenNameChange');
  const c = asObject(outer?.screenNameChange) ?? outer;
  if (!c) return { skip: 'not an object' };
  const changedTo = asString(c.changedTo);
  if (!changedTo) return { skip: 'missing new name' };
  return { changedAt: parseArchiveDate(c.changedAt), changedFrom: asString(c.changedFrom), changedTo };
}

export interface ProtectedEventRecord {
  at: string;
  action: 'Protect' | 'Unprotect';
}

export function normaliseProtectedEvent(el: unknown): ProtectedEventRecord | Skip {
  const p = unwrap(el, 'protectedHistory');
  const at = parseArchiveDate(p?.protectedAt);
  if (!p || !at) return { skip: 'missing or unreadable date' };
  if (p.action !== 'Protect' && p.action !== 'Unprotect') return { skip: 'unknown action' };
  return { at, action: p.action };
}

/** follower.js / following.js / block.js / mute.js: `{"<wrapper>": {accountId, userLink?}}`. */
export function normaliseRelation(el: unknown): string | Skip {
  const r = unwrap(el, 'follower', 'following', 'blocking', 'muting');
  return asId(r?.accountId) ?? { skip: 'missing account id' };
}

export interface PersonalizationRecord {
  interests: Array<{ name: string; isDisabled: boolean; source: 'interest' | 'partnerInterest' | 'show' }>;
  demographics: Array<{ key: string; value: string }>;
}

export function normalisePersonalization(el: unknown): PersonalizationRecord | Skip {
  const p = unwrap(el, 'p13nData');
  if (!p) return { skip: 'not an object' };
  const interests: PersonalizationRecord['interests'] = [];
  const demographics: PersonalizationRecord['demographics'] = [];
  const i = asObject(p.interests);
  for (const v of asArray(i?.interests)) {
    const o = asObject(v);
    const name = asString(o?.name);
    if (name) interests.push({ name, isDisabled: o?.isDisabled === true, source: 'interest' });
  }
  for (const v of asArray(i?.partnerInterests)) {
    const name = asString(asObject(v)?.name) ?? asString(v);
    if (name) interests.push({ name, isDisabled: false, source: 'partnerInterest' });
  }
  for (const v of asArray(i?.shows)) {
    const name = asString(v);
    if (name) interests.push({ name, isDisabled: false, source: 'show' });
  }
  const d = asObject(p.demographics);
  for (const v of asArray(d?.languages)) {
    const lang = asString(asObject(v)?.language);
    if (lang) demographics.push({ key: 'language', value: lang });
  }
  const gender = asString(asObject(d?.genderInfo)?.gender);
  if (gender) demographics.push({ key: 'gender', value: gender });
  const age = asObject(p.inferredAgeInfo);
  for (const v of asArray(age?.age)) {
    const s = asString(v);
    if (s) demographics.push({ key: 'inferredAge', value: s });
  }
  const birth = asString(age?.birthDate);
  if (birth) demographics.push({ key: 'inferredBirthDate', value: birth });
  for (const v of asArray(p.locationHistory)) {
    const place = asString(v);
    if (place) demographics.push({ key: 'locationHistory', value: place });
  }
  const ads = asObject(i?.audienceAndAdvertisers);
  const audiences = asString(ads?.numAudiences);
  if (audiences) demographics.push({ key: 'audiences', value: audiences });
  for (const [field, key] of [
    ['advertisers', 'advertiser'],
    ['lookalikeAdvertisers', 'lookalikeAdvertiser'],
  ] as const) {
    for (const v of asArray(ads?.[field])) {
      const s = asString(v);
      if (s) demographics.push({ key, value: s });
    }
  }
  return { interests, demographics };
}

export interface AdRecord {
  at: string | null;
  advertiserName: string | null;
  advertiserScreenName: string | null;
  tweetId: string | null;
  displayLocation: string | null;
  engagementTypes: string[];
}

function adRecord(attrs: Record<string, unknown> | null, engagements: unknown): AdRecord | null {
  if (!attrs) return null;
  const advertiser = asObject(attrs.advertiserInfo);
  return {
    at: parseArchiveDate(attrs.impressionTime),
    advertiserName: asString(advertiser?.advertiserName),
    advertiserScreenName: asString(advertiser?.screenName),
    tweetId: asId(asObject(attrs.promotedTweetInfo)?.tweetId),
    displayLocation: asString(attrs.displayLocation),
    engagementTypes: asArray(engagements)
      .map((e) => asString(asObject(e)?.engagementType))
      .filter((s): s is string => s !== null),
  };
}

/**
 * ad-engagements.js / ad-impressions.js: each element holds a batch:
 * `ad.adsUserData.adEngagements.engagements[]` or `.adImpressions.impressions[]`.
 */
export function normaliseAds(el: unknown, kind: 'engagements' | 'impressions'): AdRecord[] | Skip {
  const ad = unwrap(el, 'ad');
  const data = asObject(ad?.adsUserData);
  if (!data) return { skip: 'missing adsUserData' };
  const list =
    kind === 'engagements'
      ? asArray(asObject(data.adEngagements)?.engagements)
      : asArray(asObject(data.adImpressions)?.impressions);
  const out: AdRecord[] = [];
  for (const v of list) {
    const o = asObject(v);
    const rec =
      kind === 'engagements'
        ? adRecord(asObject(o?.impressionAttributes), o?.engagementAttributes)
        : adRecord(o, undefined);
    if (rec) out.push(rec);
  }
  return out;
}
