import type { Database } from 'better-sqlite3';
import type { ProtectedRange } from '../../../shared/model/overview';
import type { ClassifyContext } from '../../../shared/exposure/types';
import { protectedRangesFromHistory } from '../../../shared/exposure/visibility';
import { phoneRegionOf } from '../../../shared/exposure/detectors/contact';
import { languageCodesOf } from '../../../shared/exposure/language/codes';
import type { OwnWords } from '../../../shared/exposure/detectors/own-words';
import { archiveMarksCircle, protectEvents } from '../queries/visibility';
import { META, getMeta } from '../db/meta';
import { classifiedOwnWords } from './own-words-store';

/** The periods the user set: protected (null: the archive's history) and Circle-only ([]: none). */
export interface UserRanges {
  protected: ProtectedRange[] | null;
  circle: ProtectedRange[];
}

/**
 * The exposure model's account context: the user's own protected ranges when they corrected the
 * assumption, else the ranges from protected-history.js (none: public is assumed); and the country
 * of the account's phone number, whose national number formats the contact detector then knows;
 * and the languages X records the account as using, whose word lists check text X gave no language;
 * and the person's own sensitive words.
 */
export function classifyContextFor(
  events: Array<{ at: string; action: 'Protect' | 'Unprotect' }>,
  userRanges: ProtectedRange[] | null,
  asOf: string,
  phone: string | null = null,
  languageNames: readonly string[] = [],
  ownWords: OwnWords = {},
): ClassifyContext {
  return {
    protectedRanges: userRanges ?? protectedRangesFromHistory(events),
    hasProtectedHistory: userRanges !== null || events.length > 0,
    asOf,
    phoneRegion: phoneRegionOf(phone),
    languages: languageCodesOf(languageNames),
    ownWords,
  };
}

/**
 * The context of an imported archive, from its database (with the own words it was last classified
 * with). The user's Circle periods count only when the archive does not list its Circle posts: when
 * it does, X's own file says which posts were.
 */
export function archiveClassifyContext(db: Database, ranges: UserRanges, asOf: string): ClassifyContext {
  const phone = db.prepare('SELECT phone FROM account WHERE phone IS NOT NULL LIMIT 1').pluck().get() as
    string | undefined;
  const languages = untaggedLanguageNames(db);
  const ownWords = classifiedOwnWords(db);
  const ctx = classifyContextFor(
    protectEvents(db),
    ranges.protected,
    asOf,
    phone ?? null,
    languages,
    ownWords,
  );
  if (ranges.circle.length > 0 && !archiveMarksCircle(db)) ctx.circleRanges = ranges.circle;
  return ctx;
}

/**
 * The languages (names or codes) whose lists check the archive's text of unknown language: those the
 * import chose (X's record and the languages of a sample of that text), else X's record of the account.
 */
export function untaggedLanguageNames(db: Database): string[] {
  return (
    getMeta<string[]>(db, META.untaggedLanguages) ??
    (db.prepare("SELECT value FROM demographics WHERE key = 'language'").pluck().all() as string[])
  );
}
