import type { Database, Statement } from 'better-sqlite3';
import type { FileTally } from './file-tally';
import type {
  AgeRecord,
  ConnectedAppRecord,
  DeviceRecord,
  EmailChangeRecord,
  LoginIpRecord,
} from './normalise/held-data';

export type ListKind = 'created' | 'member' | 'subscribed';

/** Writes what X holds about the person beyond their posts (archive schema 4 tables, and age to `demographics`). */
export class HeldDataWriter {
  private readonly loginIp: Statement;
  private readonly demographic: Statement;
  private readonly device: Statement;
  private readonly app: Statement;
  private readonly emailChange: Statement;
  private readonly savedSearch: Statement;
  private readonly list: Statement;

  constructor(db: Database) {
    this.loginIp = db.prepare('INSERT INTO login_ips (kind, at, ip) VALUES (?, ?, ?)');
    this.demographic = db.prepare('INSERT INTO demographics (key, value) VALUES (?, ?)');
    this.device = db.prepare(
      'INSERT INTO devices (kind, name, created_at, last_seen_at) VALUES (?, ?, ?, ?)',
    );
    this.app = db.prepare(
      `INSERT INTO connected_apps (app_id, name, organization, website, description, permissions, approved_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.emailChange = db.prepare(
      'INSERT INTO email_changes (changed_at, changed_from, changed_to) VALUES (?, ?, ?)',
    );
    this.savedSearch = db.prepare('INSERT INTO saved_searches (query) VALUES (?)');
    this.list = db.prepare('INSERT INTO lists (kind, url) VALUES (?, ?)');
  }

  addAge(rec: AgeRecord, tally: FileTally): void {
    if (rec.birthDate) this.demographic.run('birthDate', rec.birthDate);
    for (const range of rec.ageRanges) this.demographic.run('ageRange', range);
    tally.records++;
  }

  addLogin(rec: LoginIpRecord, tally: FileTally): void {
    this.loginIp.run('login', rec.at, rec.ip);
    tally.records++;
  }

  addCreationIp(ip: string, tally: FileTally): void {
    this.loginIp.run('creation', null, ip);
    tally.records++;
  }

  addDevice(rec: DeviceRecord, tally: FileTally): void {
    this.device.run(rec.kind, rec.name, rec.createdAt, rec.lastSeenAt);
    tally.records++;
  }

  addConnectedApp(rec: ConnectedAppRecord, tally: FileTally): void {
    this.app.run(
      rec.appId,
      rec.name,
      rec.organization,
      rec.website,
      rec.description,
      JSON.stringify(rec.permissions),
      rec.approvedAt,
    );
    tally.records++;
  }

  addEmailChange(rec: EmailChangeRecord, tally: FileTally): void {
    this.emailChange.run(rec.changedAt, rec.changedFrom, rec.changedTo);
    tally.records++;
  }

  addSavedSearch(query: string, tally: FileTally): void {
    this.savedSearch.run(query);
    tally.records++;
  }

  addLists(kind: ListKind, urls: string[], tally: FileTally): void {
    for (const url of urls) this.list.run(kind, url);
    tally.records++;
  }
}
