import type { Migration } from '../../migrate';

/**
 * Archive schema 4: what X holds about the person beyond their posts (logins, devices, connected
 * apps, e-mail changes, saved searches, lists), and which posts were Circle posts. Age data goes to
 * the existing `demographics` table. Tokens in the device files are never stored.
 * Databases imported before this step have the tables empty: their account-level files were not read.
 */
export const migration: Migration = (db) =>
  db.exec(`
CREATE TABLE login_ips (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, at TEXT, ip TEXT NOT NULL) STRICT;
CREATE TABLE devices (
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, name TEXT, created_at TEXT, last_seen_at TEXT
) STRICT;
CREATE TABLE connected_apps (
  id INTEGER PRIMARY KEY, app_id TEXT, name TEXT NOT NULL, organization TEXT, website TEXT, description TEXT,
  permissions TEXT NOT NULL, approved_at TEXT
) STRICT;
CREATE TABLE email_changes (
  id INTEGER PRIMARY KEY, changed_at TEXT, changed_from TEXT, changed_to TEXT NOT NULL
) STRICT;
CREATE TABLE saved_searches (id INTEGER PRIMARY KEY, query TEXT NOT NULL) STRICT;
CREATE TABLE lists (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, url TEXT NOT NULL) STRICT;
CREATE TABLE circle_posts (tweet_id TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
CREATE INDEX login_ips_by_ip ON login_ips (ip, at);
`);
