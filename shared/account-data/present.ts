/**
 * "What X knows about you" in plain words: the engine's AccountData turned into titled sections of
 * label/value lines, each with the channels that reach it. The app's view and the printed report both
 * render this, so they say the same thing; a redacted report hides every personal value.
 */
import type { Flag } from '../model/kinds';
import type {
  AccountData,
  HeldConnectedApp,
  HeldDevice,
  HeldSection,
  HeldSource,
  NotAnalysedFile,
} from '../model/account-data';
import { HELD_SECTIONS } from '../model/account-data';
import { formatCount } from '../format/numbers';
import { formatDate } from '../format/dates';
import { SECTION_COVERAGE, type ChannelReach } from './coverage';
import { dataTypeLabel } from './type-labels';

export interface HeldLine {
  label: string;
  /** null: hidden (redacted report). */
  value: string | null;
  /** Sensitive categories the line reveals. */
  flags: Flag[];
}

export interface PresentedSection {
  id: HeldSection;
  title: string;
  /** One or two plain sentences: what X holds here. */
  summary: string;
  lines: HeldLine[];
  coverage: readonly ChannelReach[];
}

export interface PresentedAccountData {
  sections: PresentedSection[];
  /** Files of the archive this version does not read yet, named with their record counts. */
  notAnalysed: { summary: string; files: Array<{ label: string; path: string; records: number }> };
  redacted: boolean;
}

export const SECTION_TITLES: Record<HeldSection, string> = {
  age: 'Your birth date and age',
  logins: 'Where you logged in from',
  devices: 'Your devices',
  connectedApps: 'Apps you connected to your account',
  contact: 'Your e-mail address and phone number',
  interests: 'Interests X inferred about you',
  demographics: 'Languages, gender and places',
  advertising: 'Advertising',
  savedSearches: 'Your saved searches',
  lists: 'Lists',
};

/** Why a section shows nothing, when it does. */
const SOURCE_NOTES: Record<Exclude<HeldSource, 'read'>, string> = {
  absent:
    'Your archive has no file for this (older archives and trimmed copies lack it), so it cannot be shown here. X may still hold it.',
  empty: 'The archive has the file for this, and it is empty: X listed nothing.',
  notRead:
    'This archive was imported by an older version of X Exposure that did not read this part. Import the archive again to see it.',
};

const PERMISSIONS: Record<string, string> = {
  read: 'read your account',
  write: 'post and change things for you',
  directmessages: 'read and send your direct messages',
  emailaddress: 'see your e-mail address',
};

const DEVICE_KINDS: Record<HeldDevice['kind'], string> = {
  app: 'X app signed in',
  push: 'Device X sends notifications to',
  phone: 'Phone X sends text messages to',
};

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

function span(first: string | null, last: string | null): string {
  if (!first && !last) return 'no dates';
  if (!first || !last || first.slice(0, 10) === last.slice(0, 10)) return formatDate(first ?? last);
  return `${formatDate(first)} to ${formatDate(last)}`;
}

function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function permissionWords(permissions: readonly string[]): string {
  if (permissions.length === 0) return 'no permissions listed';
  return `can ${joinWords(permissions.map((p) => PERMISSIONS[p] ?? p))}`;
}

class Lines {
  readonly lines: HeldLine[] = [];
  constructor(private readonly redact: boolean) {}

  /** A line whose value is personal: hidden in a redacted report. */
  personal(label: string, value: string, flags: Flag[] = []): void {
    this.lines.push({ label, value: this.redact ? null : value, flags });
  }

  /** A line that names nothing personal (counts, dates, kinds). */
  plain(label: string, value: string, flags: Flag[] = []): void {
    this.lines.push({ label, value, flags });
  }
}

type Builder = (d: AccountData, l: Lines, redact: boolean) => string;

function deviceLine(d: HeldDevice): string {
  const since = d.createdAt ? `since ${formatDate(d.createdAt)}` : 'date unknown';
  const seen = d.lastSeenAt ? `, last seen ${formatDate(d.lastSeenAt)}` : '';
  return `${DEVICE_KINDS[d.kind]} ${since}${seen}`;
}

function appLine(a: HeldConnectedApp): string {
  const by = a.organization && a.organization !== a.name ? ` (by ${a.organization})` : '';
  const when = a.approvedAt ? `allowed on ${formatDate(a.approvedAt)}` : 'date unknown';
  return `${permissionWords(a.permissions)}${by}; ${when}`;
}

const BUILDERS: Record<HeldSection, Builder> = {
  age(d, l) {
    const { birthDate, ageRanges, inferredAgeRanges } = d.age;
    if (birthDate) l.personal('Birth date X holds', formatDate(birthDate));
    if (ageRanges.length) l.personal('Age range X holds', ageRanges.join(', '));
    if (inferredAgeRanges.length)
      l.personal('Age range X guessed for advertisers', inferredAgeRanges.join(', '));
    if (birthDate) return 'X holds your birth date. It shows how old you are to anyone X shares it with.';
    return ageRanges.length || inferredAgeRanges.length ? 'X holds an age range for you.' : '';
  },
  logins(d, l, redact) {
    const g = d.logins;
    g.top.forEach((a, i) =>
      l.lines.push({
        label: redact ? `Address ${i + 1}` : a.ip,
        value: `${plural(a.logins, 'login')}, ${span(a.first, a.last)}`,
        flags: ['location'],
      }),
    );
    if (g.creationAddress)
      l.personal('Address the account was created from', g.creationAddress, ['location']);
    if (g.count === 0)
      return g.creationAddress ? 'X keeps the internet address your account was created from.' : '';
    const more = g.addresses > g.top.length ? ` The ${g.top.length} used most are listed.` : '';
    return `X logged ${plural(g.count, 'login')} from ${plural(g.addresses, 'internet address', 'internet addresses')}, ${span(g.first, g.last)}. An internet address shows roughly where you were.${more}`;
  },
  devices(d, l) {
    for (const dev of d.devices) l.plain(dev.name ?? 'Unnamed device', deviceLine(dev));
    return d.devices.length
      ? `X lists ${plural(d.devices.length, 'device or app', 'devices and apps')} linked to your account.`
      : '';
  },
  connectedApps(d, l) {
    for (const a of d.connectedApps) l.plain(a.name, appLine(a));
    const dms = d.connectedApps.filter((a) => a.permissions.includes('directmessages')).length;
    if (!d.connectedApps.length) return '';
    const note = dms > 0 ? ` ${formatCount(dms)} of them can read your direct messages.` : '';
    return `You allowed ${plural(d.connectedApps.length, 'app')} to use your account. Each app's maker gets what its permissions allow.${note}`;
  },
  contact(d, l) {
    const c = d.contact;
    if (c.email) l.personal('E-mail address', c.email, ['contact']);
    if (c.phone) l.personal('Phone number', c.phone, ['contact']);
    for (const ch of c.emailChanges) {
      l.personal(
        `E-mail changed on ${formatDate(ch.changedAt)}`,
        ch.changedFrom ? `from ${ch.changedFrom} to ${ch.changedTo}` : `to ${ch.changedTo}`,
        ['contact'],
      );
    }
    return c.email || c.phone ? 'X holds how to reach you, and keeps the addresses you used before.' : '';
  },
  interests(d, l, redact) {
    const flagged = d.interests.filter((i) => i.flags.length > 0);
    const others = d.interests.filter((i) => i.flags.length === 0);
    const name = (i: AccountData['interests'][number]) =>
      `${i.name}${i.disabled ? ' (you switched it off)' : ''}`;
    flagged.forEach((i, n) =>
      l.lines.push({
        label: redact ? `Interest ${n + 1}` : name(i),
        value: 'reveals a sensitive category',
        flags: i.flags,
      }),
    );
    if (others.length) l.personal(`${plural(others.length, 'other interest')}`, others.map(name).join(', '));
    if (!d.interests.length) return '';
    const sensitive = flagged.length
      ? ` ${plural(flagged.length, 'of them reveals', 'of them reveal')} a sensitive category such as health, religion, politics or family.`
      : '';
    return `X lists ${plural(d.interests.length, 'interest')} it inferred about you to choose ads.${sensitive}`;
  },
  demographics(d, l) {
    const g = d.demographics;
    if (g.gender) l.personal('Gender X inferred', g.gender);
    if (g.languages.length) l.personal('Languages', g.languages.join(', '));
    if (g.locations.length)
      l.personal('Places in your location history', g.locations.join('; '), ['location']);
    return g.gender || g.languages.length || g.locations.length
      ? 'What X inferred about who you are and where you have been.'
      : '';
  },
  advertising(d, l) {
    const a = d.advertising;
    for (const t of a.top) {
      l.plain(t.name, `${plural(t.impressions, 'ad')} shown, ${plural(t.engagements, 'engagement')}`);
    }
    if (a.advertisers.length) {
      l.personal(
        `${plural(a.advertisers.length, 'advertiser')} with you in their audiences`,
        a.advertisers.join(', '),
      );
    }
    if (a.lookalikeAdvertisers.length) {
      l.personal(
        `${plural(a.lookalikeAdvertisers.length, 'advertiser')} targeting people like you`,
        a.lookalikeAdvertisers.join(', '),
      );
    }
    const parts: string[] = [];
    if (a.impressions || a.engagements) {
      parts.push(
        `X recorded ${plural(a.impressions, 'ad')} shown to you and ${plural(a.engagements, 'engagement')} with ads, ${span(a.first, a.last)}.`,
      );
    }
    if (a.audiences !== null) parts.push(`X puts you in ${plural(a.audiences, 'advertiser audience')}.`);
    return parts.join(' ');
  },
  savedSearches(d, l, redact) {
    d.savedSearches.forEach((q, i) => l.personal(redact ? `Search ${i + 1}` : 'Saved search', q));
    return d.savedSearches.length
      ? `X keeps ${plural(d.savedSearches.length, 'search', 'searches')} you saved.`
      : '';
  },
  lists(d, l) {
    const { created, member, subscribed } = d.lists;
    const names = (urls: string[]) => urls.map((u) => u.slice(u.lastIndexOf('/') + 1)).join(', ');
    if (created.length) l.personal(`${plural(created.length, 'list')} you made`, names(created));
    if (member.length) l.personal(`${plural(member.length, 'list')} others put you on`, names(member));
    if (subscribed.length) l.personal(`${plural(subscribed.length, 'list')} you follow`, names(subscribed));
    return created.length || member.length || subscribed.length
      ? 'Lists say what you follow and how others group you.'
      : '';
  },
};

/** The sections, their lines and coverage; `redact` hides every personal value. */
export function presentAccountData(data: AccountData, opts: { redact: boolean }): PresentedAccountData {
  const sections = HELD_SECTIONS.map((id): PresentedSection => {
    const lines = new Lines(opts.redact);
    const said = BUILDERS[id](data, lines, opts.redact);
    const source = data.sources[id];
    const summary = said || (source === 'read' ? 'The archive lists nothing here.' : SOURCE_NOTES[source]);
    return { id, title: SECTION_TITLES[id], summary, lines: lines.lines, coverage: SECTION_COVERAGE[id] };
  });
  const files = data.notAnalysed.map((f: NotAnalysedFile) => ({
    label: dataTypeLabel(f.type),
    path: f.path,
    records: f.records,
  }));
  const summary = files.length
    ? `${plural(files.length, 'file')} of your archive ${files.length === 1 ? 'is' : 'are'} not analysed by this version: X holds what ${files.length === 1 ? 'it holds' : 'they hold'} too, and it is not counted anywhere here.`
    : 'Every data file in your archive is analysed.';
  return { sections, notAnalysed: { summary, files }, redacted: opts.redact };
}
