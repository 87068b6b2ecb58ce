/**
 * Reads, from one imported archive's database, the few account facts the checklist tailors on: hints of
 * where the person lives, inferred interests and advertisers. Read-only; optional facts that an older
 * database lacks come back empty.
 */
import type { Database } from 'better-sqlite3';
import type { EuEvidence } from '../../../shared/checklist/eu-hints';
import { META, getMeta } from '../db/meta';

export interface ArchiveEvidence extends EuEvidence {
  inferredInterests: number;
  advertisers: number;
}

function tableExists(db: Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

function strings(db: Database, sql: string, ...params: unknown[]): string[] {
  return (
    db
      .prepare(sql)
      .pluck()
      .all(...params) as Array<string | null>
  ).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

function count(db: Database, sql: string): number {
  return Number(db.prepare(sql).pluck().get() ?? 0);
}

export function readArchiveEvidence(db: Database): ArchiveEvidence {
  const has = (t: string) => tableExists(db, t);
  const postLanguages: Record<string, number> = {};
  if (has('posts')) {
    const rows = db
      .prepare('SELECT lang, COUNT(*) AS n FROM posts WHERE lang IS NOT NULL GROUP BY lang')
      .all() as Array<{ lang: string; n: number }>;
    for (const r of rows) postLanguages[r.lang] = r.n;
  }
  const demographic = (key: string) =>
    has('demographics') ? strings(db, 'SELECT value FROM demographics WHERE key = ?', key) : [];
  const advertiserSql = ['ad_impressions', 'ad_engagements']
    .filter(has)
    .map((t) => `SELECT advertiser_name AS a FROM ${t} WHERE advertiser_name IS NOT NULL`);
  return {
    timeZone: has('meta') ? getMeta<string>(db, META.timeZone) : null,
    phoneNumbers: has('account') ? strings(db, 'SELECT phone FROM account') : [],
    profileLocation: (has('profile') ? strings(db, 'SELECT location FROM profile')[0] : undefined) ?? null,
    locationHistory: demographic('locationHistory'),
    languages: demographic('language'),
    postLanguages,
    inferredInterests:
      (has('interests') ? count(db, 'SELECT COUNT(*) FROM interests WHERE is_disabled = 0') : 0) +
      demographic('gender').length +
      demographic('inferredAge').length,
    advertisers: Math.max(
      advertiserSql.length > 0
        ? count(db, `SELECT COUNT(DISTINCT a) FROM (${advertiserSql.join(' UNION ALL ')})`)
        : 0,
      demographic('advertiser').length,
    ),
  };
}
