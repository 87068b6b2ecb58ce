import type { Database, Statement } from 'better-sqlite3';
import type {
  AccountRecord,
  AdRecord,
  PersonalizationRecord,
  ProfileRecord,
  ProtectedEventRecord,
  ScreenNameChangeRecord,
} from './normalise/account';
import type { FileTally } from './file-tally';
import type { MediaIndex } from './media-index';
import { META, setMeta } from '../db/meta';

export type RelationKind = 'follower' | 'following' | 'block' | 'mute';

function basename(url: string | null): string | null {
  if (!url) return null;
  const path = url.split(/[?#]/, 1)[0]!;
  return path.slice(path.lastIndexOf('/') + 1) || null;
}

/** Writes account-level data: account, profile, names, protected history, relations, personalization, ads. */
export class AccountWriter {
  private readonly account: Statement;
  private readonly profile: Statement;
  private readonly screenName: Statement;
  private readonly protectedEvent: Statement;
  private readonly relation: Statement;
  private readonly interest: Statement;
  private readonly demographic: Statement;
  private readonly engagement: Statement;
  private readonly phone: Statement;
  private readonly impression: Statement;
  /** Protected history read so far: the exposure model's context for all content that follows. */
  readonly protectedEvents: ProtectedEventRecord[] = [];
  accountRecord: AccountRecord | null = null;
  /** The languages X records the account as using (personalization.js), as X names them. */
  readonly languages: string[] = [];

  constructor(
    private readonly db: Database,
    private readonly media: MediaIndex,
  ) {
    this.account = db.prepare(
      `INSERT OR REPLACE INTO account (account_id, username, display_name, email, phone, created_at, created_via)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.phone = db.prepare('UPDATE account SET phone = ? WHERE phone IS NULL');
    this.profile = db.prepare(
      `INSERT INTO profile (bio, website, location, avatar_url, header_url, avatar_path, header_path)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.screenName = db.prepare(
      'INSERT INTO screen_name_changes (changed_at, changed_from, changed_to) VALUES (?, ?, ?)',
    );
    this.protectedEvent = db.prepare('INSERT INTO protected_history (at, action) VALUES (?, ?)');
    this.relation = db.prepare('INSERT INTO relations (kind, account_id) VALUES (?, ?)');
    this.interest = db.prepare('INSERT INTO interests (name, is_disabled, source) VALUES (?, ?, ?)');
    this.demographic = db.prepare('INSERT INTO demographics (key, value) VALUES (?, ?)');
    const ad = (table: string, extra: string) =>
      db.prepare(
        `INSERT INTO ${table} (at, advertiser_name, advertiser_screen_name, tweet_id, display_location${extra ? ', ' + extra : ''})
         VALUES (?, ?, ?, ?, ?${extra ? ', ?' : ''})`,
      );
    this.engagement = ad('ad_engagements', 'engagement_types');
    this.impression = ad('ad_impressions', '');
  }

  addAccount(rec: AccountRecord, tally: FileTally): void {
    this.account.run(
      rec.accountId,
      rec.username,
      rec.displayName,
      rec.email,
      rec.phone,
      rec.createdAt,
      rec.createdVia,
    );
    this.accountRecord ??= rec;
    tally.records++;
  }

  addTimeZone(timeZone: string, tally: FileTally): void {
    setMeta(this.db, META.timeZone, timeZone);
    tally.records++;
  }

  /** The account's phone number from phone-number.js (2019 archives had it in account.js). */
  addPhoneNumber(phone: string, tally: FileTally): void {
    this.phone.run(phone);
    if (this.accountRecord && !this.accountRecord.phone)
      this.accountRecord = { ...this.accountRecord, phone };
    tally.records++;
  }

  addProfile(rec: ProfileRecord, accountId: string | null, tally: FileTally): void {
    const find = (url: string | null, ...suffixes: string[]) => {
      const name = basename(url);
      if (!accountId || !name) return null;
      for (const s of ['', ...suffixes]) {
        const path = this.media.find('profile', accountId, name + s);
        if (path) return path;
      }
      return null;
    };
    this.profile.run(
      rec.bio,
      rec.website,
      rec.location,
      rec.avatarUrl,
      rec.headerUrl,
      find(rec.avatarUrl),
      find(rec.headerUrl, '.jpg', '.png'),
    );
    tally.records++;
  }

  addScreenNameChange(rec: ScreenNameChangeRecord, tally: FileTally): void {
    this.screenName.run(rec.changedAt, rec.changedFrom, rec.changedTo);
    tally.records++;
  }

  addProtectedEvent(rec: ProtectedEventRecord, tally: FileTally): void {
    this.protectedEvent.run(rec.at, rec.action);
    this.protectedEvents.push(rec);
    tally.records++;
  }

  addRelation(kind: RelationKind, accountId: string, tally: FileTally): void {
    this.relation.run(kind, accountId);
    tally.records++;
  }

  addPersonalization(rec: PersonalizationRecord, tally: FileTally): void {
    for (const i of rec.interests) this.interest.run(i.name, i.isDisabled ? 1 : 0, i.source);
    for (const d of rec.demographics) {
      this.demographic.run(d.key, d.value);
      if (d.key === 'language') this.languages.push(d.value);
    }
    tally.records++;
  }

  addAds(kind: 'engagements' | 'impressions', recs: AdRecord[], tally: FileTally): void {
    for (const r of recs) {
      if (kind === 'engagements') {
        this.engagement.run(
          r.at,
          r.advertiserName,
          r.advertiserScreenName,
          r.tweetId,
          r.displayLocation,
          r.engagementTypes.length > 0 ? JSON.stringify(r.engagementTypes) : null,
        );
      } else {
        this.impression.run(r.at, r.advertiserName, r.advertiserScreenName, r.tweetId, r.displayLocation);
      }
    }
    tally.records++;
  }
}
