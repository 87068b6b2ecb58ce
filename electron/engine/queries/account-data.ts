import type { Database } from 'better-sqlite3';
import {
  HELD_SECTIONS,
  SECTION_TYPES,
  TOP_LIMIT,
  type AccountData,
  type HeldConnectedApp,
  type HeldDevice,
  type HeldInterest,
  type HeldSection,
  type HeldSource,
} from '../../../shared/model/account-data';
import type { ArchiveSummary, FileReport } from '../../../shared/model/summary';
import { interestFlags } from '../../../shared/exposure/interest-flags';

/** Whether the archive had a section's files, from the import's file reports. */
function sourceOf(files: readonly FileReport[], types: readonly string[]): HeldSource {
  const mine = files.filter((f) => types.includes(f.type));
  if (mine.some((f) => f.status === 'imported' && f.records > 0)) return 'read';
  // Imported by a version that did not read the file yet: it is there, its records are not.
  if (mine.some((f) => f.status === 'unknown')) return 'notRead';
  if (mine.some((f) => f.status === 'imported' || f.status === 'empty')) return 'empty';
  return 'absent';
}

function demographics(db: Database, key: string): string[] {
  return db.prepare('SELECT value FROM demographics WHERE key = ? ORDER BY id').pluck().all(key) as string[];
}

const unique = (values: string[]): string[] => [...new Set(values)];

function logins(db: Database): AccountData['logins'] {
  const all = db
    .prepare(
      `SELECT count(*) AS count, count(DISTINCT ip) AS addresses, min(at) AS first, max(at) AS last
       FROM login_ips WHERE kind = 'login'`,
    )
    .get() as { count: number; addresses: number; first: string | null; last: string | null };
  const top = db
    .prepare(
      `SELECT ip, count(*) AS logins, min(at) AS first, max(at) AS last FROM login_ips
       WHERE kind = 'login' GROUP BY ip ORDER BY logins DESC, ip LIMIT ?`,
    )
    .all(TOP_LIMIT) as AccountData['logins']['top'];
  const creationAddress =
    (db.prepare("SELECT ip FROM login_ips WHERE kind = 'creation' ORDER BY id LIMIT 1").pluck().get() as
      string | undefined) ?? null;
  return { ...all, creationAddress, top };
}

function devices(db: Database): HeldDevice[] {
  return (
    db
      .prepare(
        `SELECT kind, name, created_at, last_seen_at FROM devices
         ORDER BY coalesce(last_seen_at, created_at) DESC, id`,
      )
      .all() as Array<{
      kind: HeldDevice['kind'];
      name: string | null;
      created_at: string | null;
      last_seen_at: string | null;
    }>
  ).map((r) => ({ kind: r.kind, name: r.name, createdAt: r.created_at, lastSeenAt: r.last_seen_at }));
}

function connectedApps(db: Database): HeldConnectedApp[] {
  return (
    db
      .prepare(
        `SELECT name, organization, website, permissions, approved_at FROM connected_apps
         ORDER BY approved_at DESC, id`,
      )
      .all() as Array<{
      name: string;
      organization: string | null;
      website: string | null;
      permissions: string;
      approved_at: string | null;
    }>
  ).map((r) => ({
    name: r.name,
    organization: r.organization,
    website: r.website,
    permissions: JSON.parse(r.permissions) as string[],
    approvedAt: r.approved_at,
  }));
}

function contact(db: Database): AccountData['contact'] {
  const account = db.prepare('SELECT email, phone FROM account LIMIT 1').get() as
    { email: string | null; phone: string | null } | undefined;
  const emailChanges = db
    .prepare(
      `SELECT changed_at AS changedAt, changed_from AS changedFrom, changed_to AS changedTo
       FROM email_changes ORDER BY changed_at, id`,
    )
    .all() as AccountData['contact']['emailChanges'];
  return { email: account?.email ?? null, phone: account?.phone ?? null, emailChanges };
}

function interests(db: Database): HeldInterest[] {
  return (
    db.prepare('SELECT name, is_disabled, source FROM interests ORDER BY id').all() as Array<{
      name: string;
      is_disabled: number;
      source: HeldInterest['source'];
    }>
  ).map((r) => ({
    name: r.name,
    disabled: r.is_disabled === 1,
    source: r.source,
    flags: interestFlags(r.name),
  }));
}

function advertising(db: Database): AccountData['advertising'] {
  const audiences = demographics(db, 'audiences')[0];
  const count = (table: string) =>
    db.prepare(`SELECT count(*) AS n, min(at) AS first, max(at) AS last FROM ${table}`).get() as {
      n: number;
      first: string | null;
      last: string | null;
    };
  const shown = count('ad_impressions');
  const engaged = count('ad_engagements');
  const dates = [shown.first, shown.last, engaged.first, engaged.last].filter((d): d is string => !!d).sort();
  const top = db
    .prepare(
      `SELECT name, sum(impression) AS impressions, sum(engagement) AS engagements FROM (
         SELECT coalesce(advertiser_name, advertiser_screen_name) AS name, 1 AS impression, 0 AS engagement
         FROM ad_impressions
         UNION ALL
         SELECT coalesce(advertiser_name, advertiser_screen_name), 0, 1 FROM ad_engagements
       ) WHERE name IS NOT NULL GROUP BY name ORDER BY impressions + engagements DESC, name LIMIT ?`,
    )
    .all(TOP_LIMIT) as AccountData['advertising']['top'];
  const n = audiences === undefined ? NaN : Number(audiences);
  return {
    audiences: Number.isFinite(n) ? n : null,
    advertisers: unique(demographics(db, 'advertiser')),
    lookalikeAdvertisers: unique(demographics(db, 'lookalikeAdvertiser')),
    impressions: shown.n,
    engagements: engaged.n,
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
    top,
  };
}

function lists(db: Database): AccountData['lists'] {
  const rows = db.prepare('SELECT kind, url FROM lists ORDER BY id').all() as Array<{
    kind: keyof AccountData['lists'];
    url: string;
  }>;
  const out: AccountData['lists'] = { created: [], member: [], subscribed: [] };
  for (const r of rows) out[r.kind]?.push(r.url);
  return out;
}

/** What X holds about the person beyond their posts, read from an imported archive's database. */
export function accountData(db: Database, summary: ArchiveSummary): AccountData {
  const sources = Object.fromEntries(
    HELD_SECTIONS.map((s) => [s, sourceOf(summary.files, SECTION_TYPES[s])]),
  ) as Record<HeldSection, HeldSource>;
  return {
    sources,
    age: {
      birthDate: demographics(db, 'birthDate')[0] ?? null,
      ageRanges: unique(demographics(db, 'ageRange')),
      inferredAgeRanges: unique(demographics(db, 'inferredAge')),
    },
    logins: logins(db),
    devices: devices(db),
    connectedApps: connectedApps(db),
    contact: contact(db),
    interests: interests(db),
    demographics: {
      languages: unique(demographics(db, 'language')),
      gender: demographics(db, 'gender')[0] ?? null,
      locations: unique(demographics(db, 'locationHistory')),
    },
    advertising: advertising(db),
    savedSearches: db.prepare('SELECT query FROM saved_searches ORDER BY id').pluck().all() as string[],
    lists: lists(db),
    notAnalysed: summary.files
      .filter((f) => f.status === 'unknown')
      .map((f) => ({ type: f.type, path: f.path, records: f.records })),
  };
}
