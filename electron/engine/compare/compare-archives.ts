/**
 * Compares two imported archives of one account with set-based SQL over the two databases attached
 * read-only to one connection (plus the library, for the deletion list): per count key, how many of
 * the older archive's rows the newer one still has, and the reverse. Nothing is looped over in JS.
 */
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import type { ArchiveComparison, ComparedArchive, CountKey, IdLists } from '../../../shared/model/compare';
import type { ArchiveSummary, Counts } from '../../../shared/model/summary';
import { UserFacingError } from '../errors';
import { TABLE_SETS, idsSql, tallySql } from './key-sets';
import { checkDeletionList } from './deletion-check';
import { removedItems } from './removed-items';

export interface CompareSide {
  summary: ArchiveSummary;
  dbPath: string;
}

export interface CompareOptions {
  older: CompareSide;
  newer: CompareSide;
  libraryPath: string;
  nativeBinding?: string;
  withIds?: boolean;
  sampleSize?: number;
}

const KEYS = TABLE_SETS.flatMap((set) => set.keys.map(([k]) => k));

/** The older archive is the connection's `main`; databases attached to a read-only connection are read-only too. */
function openReadOnly(opts: CompareOptions): Db {
  const db = new Database(opts.older.dbPath, {
    readonly: true,
    fileMustExist: true,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  db.prepare('ATTACH DATABASE ? AS b').run(opts.newer.dbPath);
  db.prepare('ATTACH DATABASE ? AS lib').run(opts.libraryPath);
  return db;
}

function emptyCounts(): Counts {
  return Object.fromEntries(KEYS.map((k) => [k, 0])) as unknown as Counts;
}

function emptyIds(): IdLists {
  return Object.fromEntries(KEYS.map((k) => [k, []])) as unknown as IdLists;
}

function compared(s: ArchiveSummary): ComparedArchive {
  return {
    archiveId: s.archiveId,
    generatedAt: s.generatedAt,
    importedAt: s.importedAt,
    counts: s.counts,
    exposure: s.exposure,
  };
}

function checkPair(older: ArchiveSummary, newer: ArchiveSummary): string[] {
  if (older.archiveId === newer.archiveId) {
    throw new UserFacingError('BAD_INPUT', 'these are the same archive; choose an older and a newer archive');
  }
  if (older.account.accountId !== newer.account.accountId) {
    throw new UserFacingError(
      'BAD_INPUT',
      `these archives belong to different accounts (@${older.account.username} and @${newer.account.username}); ` +
        'a comparison only makes sense between two archives of the same account',
    );
  }
  const warnings: string[] = [];
  if (older.generatedAt && newer.generatedAt && older.generatedAt > newer.generatedAt) {
    warnings.push(
      `the archive given as older (${older.generatedAt.slice(0, 10)}) was generated after the newer one ` +
        `(${newer.generatedAt.slice(0, 10)}): "removed" and "added" are swapped`,
    );
  }
  for (const [label, s] of [
    ['older', older],
    ['newer', newer],
  ] as const) {
    if (s.partial) {
      warnings.push(
        `the ${label} archive was imported partially (some data files failed), so some differences may only be gaps`,
      );
    }
  }
  return warnings;
}

export function compareArchives(opts: CompareOptions): ArchiveComparison {
  const started = performance.now();
  const older = opts.older.summary;
  const newer = opts.newer.summary;
  const warnings = checkPair(older, newer);
  const db = openReadOnly(opts);
  try {
    db.pragma('temp_store = MEMORY');
    const removed = emptyCounts();
    const added = emptyCounts();
    const kept = emptyCounts();
    const ids = opts.withIds ? { removed: emptyIds(), added: emptyIds(), kept: emptyIds() } : null;
    const comparable = (k: CountKey) =>
      k !== 'bookmarks' || (older.counts.bookmarks !== null && newer.counts.bookmarks !== null);
    for (const k of KEYS) if (!comparable(k)) removed[k] = added[k] = kept[k] = null as never;
    for (const set of TABLE_SETS) {
      if (!set.keys.some(([k]) => comparable(k))) continue;
      const inOlder = db.prepare(tallySql(set, 'main', 'b')).get() as Record<string, number>;
      const inNewer = db.prepare(tallySql(set, 'b', 'main')).get() as Record<string, number>;
      set.keys.forEach(([k, condition], i) => {
        if (!comparable(k)) return;
        kept[k] = inOlder[`in${i}`]!;
        removed[k] = inOlder[`out${i}`]!;
        added[k] = inNewer[`out${i}`]!;
        if (!ids) return;
        const list = (s: string, other: string, missing: boolean) =>
          db
            .prepare(idsSql(set, condition, s, other, missing))
            .pluck()
            .all() as string[];
        ids.removed[k] = list('main', 'b', true);
        ids.added[k] = list('b', 'main', true);
        ids.kept[k] = list('main', 'b', false);
      });
    }
    const result: ArchiveComparison = {
      account: newer.account,
      older: compared(older),
      newer: compared(newer),
      removed,
      added,
      kept,
      deletionList: checkDeletionList(db, newer.account.accountId, opts.sampleSize ?? 200),
      removedItems: removedItems(db, opts.sampleSize ?? 200),
      warnings,
      ...(ids ? { ids } : {}),
      tookMs: 0,
    };
    result.tookMs = Math.round(performance.now() - started);
    return result;
  } finally {
    db.close();
  }
}
