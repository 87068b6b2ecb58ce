import { randomBytes } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ArchiveSummary, FileReport } from '../../../shared/model/summary';
import { openArchiveSource } from '../archive/open-source';
import type { ArchiveSource } from '../archive/source';
import { explainMissingRoot, locateRoot } from '../archive/locate-root';
import { planArchive, type ArchivePlan } from '../archive/plan';
import { handlerRank } from '../archive/data-types';
import { DEFAULT_LIMITS, type ParseLimits } from '../parse/limits';
import { UserFacingError, throwIfAborted, toUserFacing } from '../errors';
import { storageError } from '../storage-errors';
import { migrate } from '../db/migrate';
import { openBulkDatabase, finishBulkDatabase } from '../db/open';
import { ARCHIVE_MIGRATIONS } from '../db/migrations/archive/index';
import { deferIndexes } from '../db/bulk-indexes';
import { refusePasswordProtected } from './password-protected';
import { META, setMeta } from '../db/meta';
import { openLibrary, upsertArchive } from '../library/library-db';
import { archiveDbPath, partialDbPath } from '../library/paths';
import { ensureArchivesDir, installDatabase, removeDatabaseFiles } from './install';
import { ProgressReporter, type ProgressCallback } from './progress-reporter';
import { ItemSink } from './item-sink';
import { lowerThreadPriority } from './background-priority';
import type { Classifier } from './classifier';
import { classifierFor, startWorkerEarly } from './choose-classifier';
import { PostWriter } from './post-writer';
import { ContentWriter } from './content-writer';
import { HeldDataWriter } from './held-data-writer';
import { AccountWriter } from './account-writer';
import { MediaIndex } from './media-index';
import { readDataFile } from './read-data-file';
import { classifyContextFor } from '../classification/context';
import { hasOwnWords, readOwnWords } from '../classification/own-words-store';
import type { OwnWords } from '../../../shared/exposure/detectors/own-words';
import { archiveIdOf, planFingerprint } from './archive-id';
import { countArchive } from '../summary/counts';
import { exposureSummary } from '../summary/exposure-summary';
import { runPostPass } from '../postpass/run-postpass';
import { prepareClassifying } from '../classification/prepare';
import { addUntaggedTextLanguages } from '../postpass/text-languages';
import { keepUserAdditions, userAdditionsOf } from './previous-import';
import { refuseWorseCopy } from './worse-copy';
import { keptFileReports, keptWarnings } from '../summary/file-reports';

export interface ImportOptions {
  dataDir: string;
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
  /** Tests lower these to exercise the guards. */
  limits?: ParseLimits;
  /** better-sqlite3 addon built for Electron (the app's worker); Node's build when absent. */
  sqliteNativeBinding?: string;
  /**
   * Where the built classification worker is (bundled app); false to classify on the import's own
   * thread; true to use a worker even for a small archive. From TypeScript sources the worker is
   * found by itself.
   */
  classifyWorker?: string | URL | boolean;
  /**
   * False when the caller records the summary in the library itself (the engine worker, the library's
   * one writer, hands it to its own connection); true by default (the CLI, tests).
   */
  registerInLibrary?: boolean;
  /**
   * Replace the library's complete import of the same archive even when this copy could not be read
   * completely (the user confirmed it); without it such an import is refused (WorseCopyError).
   */
  replace?: boolean;
}

const NOT_AN_ARCHIVE =
  'not an X archive: found none of data/manifest.js, Your archive.html, tweet.js or data/js/tweet_index.js';

/** Reads every planned file into the open bulk database; returns the per-file reports. */
async function readAll(
  db: Database,
  source: ArchiveSource,
  plan: ArchivePlan,
  progress: ProgressReporter,
  opts: ImportOptions,
  asOf: string,
  classifier: Classifier,
  ownWordsOf: (accountId: string | null) => OwnWords,
): Promise<{ files: FileReport[]; account: AccountWriter; sink: ItemSink }> {
  const media = new MediaIndex(source.entries, plan.mediaDirs);
  const account = new AccountWriter(db, media);
  const sink = new ItemSink(db, classifyContextFor([], null, asOf), classifier);
  const accountId = () => plan.meta.accountId ?? account.accountRecord?.accountId ?? null;
  const writers = {
    posts: new PostWriter(db, sink, media),
    content: new ContentWriter(db, sink, media, accountId),
    account,
    held: new HeldDataWriter(db),
    accountId,
    backpressure: () => sink.backpressure(),
  };
  const files: FileReport[] = [];
  const contentFrom = handlerRank('notes');
  let contextReady = false;
  // One transaction for the whole read: classified rows arrive between reads, from the worker.
  db.exec('BEGIN');
  try {
    for (const file of plan.files) {
      throwIfAborted(opts.signal);
      if (!contextReady && handlerRank(file.handler) >= contentFrom) {
        // Everything from here on is classified: the protected history has been read.
        const ownWords = ownWordsOf(accountId());
        if (hasOwnWords(ownWords)) setMeta(db, META.ownWords, ownWords);
        sink.ctx = classifyContextFor(
          account.protectedEvents,
          null,
          asOf,
          account.accountRecord?.phone ?? null,
          account.languages,
          ownWords,
        );
        contextReady = true;
      }
      files.push(
        await readDataFile(file, {
          source,
          writers,
          limits: opts.limits ?? DEFAULT_LIMITS,
          progress,
          ...(opts.signal ? { signal: opts.signal } : {}),
        }),
      );
    }
    await sink.drain();
    writers.posts.flush();
    writers.content.flush();
  } finally {
    db.exec('COMMIT');
  }
  return { files, account, sink };
}

/** Runs `use` on a connection to the library of the data folder, closed after. */
function withLibrary<T>(opts: ImportOptions, use: (library: Database) => T): T {
  const library = openLibrary(opts.dataDir, opts.sqliteNativeBinding);
  try {
    return use(library);
  } finally {
    library.close();
  }
}

/**
 * Imports an X archive (zip or folder) into `<dataDir>/archives/<archiveId>.sqlite` and adds it to
 * the library. Works in any thread: it opens its own connections. Atomic: the database is written
 * as a `.partial` file and moved into place only when complete; a failure or cancellation deletes it
 * and leaves the library exactly as it was.
 */
export async function importArchive(inputPath: string, opts: ImportOptions): Promise<ArchiveSummary> {
  lowerThreadPriority();
  const progress = new ProgressReporter(opts.onProgress);
  const importedAt = new Date().toISOString();
  let source: ArchiveSource | null = null;
  let db: Database | null = null;
  let partial: string | null = null;
  let classifier: Classifier | null = null;
  let earlyWorker = startWorkerEarly(inputPath, opts.classifyWorker);
  try {
    progress.setStep('opening');
    source = await openArchiveSource(inputPath, { boundInflation: true });
    const root = locateRoot(source.entries.keys());
    if (!root)
      throw new UserFacingError('BAD_INPUT', explainMissingRoot(source.entries) ?? NOT_AN_ARCHIVE, inputPath);
    throwIfAborted(opts.signal);

    progress.setStep('planning');
    const plan = await planArchive(source, root);
    if (plan.files.length === 0) {
      const why = explainMissingRoot(source.entries) ?? 'the archive holds no data files X writes';
      throw new UserFacingError('BAD_INPUT', why, inputPath);
    }
    refusePasswordProtected(source, plan, inputPath);
    progress.filesTotal = plan.files.length;
    progress.bytesTotal = plan.files.reduce((n, f) => n + f.size, 0);

    // A library this version cannot write (a newer schema) is refused before anything is written.
    withLibrary(opts, () => undefined);
    ensureArchivesDir(opts.dataDir);
    partial = partialDbPath(opts.dataDir, process.pid, randomBytes(6).toString('hex'));
    db = openBulkDatabase(partial, opts.sqliteNativeBinding);
    migrate(db, ARCHIVE_MIGRATIONS, 'The new archive database');
    deferIndexes(db);

    progress.setStep('reading');
    const asOf = plan.meta.generatedAt ?? importedAt;
    classifier = await classifierFor(db, progress.bytesTotal, opts.classifyWorker, earlyWorker);
    earlyWorker = null;
    // The person's own sensitive words, kept for their account, are matched in every import of it.
    const ownWordsOf = (accountId: string | null): OwnWords =>
      accountId ? withLibrary(opts, (library) => readOwnWords(library, accountId)) : {};
    const { files, account, sink } = await readAll(
      db,
      source,
      plan,
      progress,
      opts,
      asOf,
      classifier,
      ownWordsOf,
    );
    throwIfAborted(opts.signal);

    const warnings = [
      ...(source.warnings ?? []),
      ...plan.warnings,
      ...(await runPostPass(db, classifier, sink.facets, progress, opts.signal)),
    ];
    const owner = plan.meta.accountId ?? account.accountRecord?.accountId ?? null;
    await addUntaggedTextLanguages(db, classifier, sink.ctx, sink.facets, owner);
    throwIfAborted(opts.signal);
    // Every item is classified: the worker goes now, with the language detector it holds.
    await classifier.close();
    classifier = null;

    progress.setStep('finishing');
    const acct = account.accountRecord;
    const accountId = plan.meta.accountId ?? acct?.accountId ?? '';
    const archiveId = archiveIdOf(accountId, plan.meta.generatedAt, plan.format, planFingerprint(plan.files));
    // Re-importing the same archive keeps what the user added to it.
    const additions = userAdditionsOf(archiveDbPath(opts.dataDir, archiveId), opts.sqliteNativeBinding);
    if (additions) {
      // They are classified again here (periods, bookmarks): the detector loads in this thread, and
      // only now, after the worker that held it has gone.
      await prepareClassifying();
      keepUserAdditions(db, additions, asOf, accountId || null);
    }
    const dateless = files.reduce(
      (n, f) => n + (/dates? in an unknown format/.test(f.message ?? '') ? 1 : 0),
      0,
    );
    if (dateless > 0)
      warnings.push(`${dateless} file(s) had dates in an unknown format; those dates were left empty`);
    const summary: ArchiveSummary = {
      archiveId,
      account: {
        accountId,
        username: plan.meta.username ?? acct?.username ?? '',
        displayName: plan.meta.displayName ?? acct?.displayName ?? '',
      },
      generatedAt: plan.meta.generatedAt,
      format: plan.format,
      counts: countArchive(
        db,
        plan.files.some((f) => f.handler === 'bookmarks' && f.present) || !!additions?.bookmarks,
      ),
      ...keptFileReports(files),
      warnings: keptWarnings(warnings),
      partial: files.some((f) => f.status === 'error'),
      importedAt,
      sourcePath: source.location,
      exposure: exposureSummary(db),
    };
    db.transaction(() => {
      // Every file's report, however many: the summary keeps only the first ones.
      const insertFile = db!.prepare(
        'INSERT INTO data_files (position, path, type, records, status, message) VALUES (?, ?, ?, ?, ?, ?)',
      );
      files.forEach((f, i) => insertFile.run(i, f.path, f.type, f.records, f.status, f.message ?? null));
      const insertUnknown = db!.prepare(
        `INSERT INTO unknown_types (type, files, records) VALUES (?, 1, ?)
         ON CONFLICT (type) DO UPDATE SET files = files + 1, records = records + excluded.records`,
      );
      for (const f of files) if (f.status === 'unknown') insertUnknown.run(f.type, f.records);
      setMeta(db!, META.summary, summary);
      setMeta(db!, META.asOf, asOf);
    })();
    throwIfAborted(opts.signal);
    if (!opts.replace) refuseWorseCopy(summary, inputPath, opts.dataDir, opts.sqliteNativeBinding);
    finishBulkDatabase(db);
    db = null;
    installDatabase(partial, opts.dataDir, archiveId);
    partial = null;
    if (opts.registerInLibrary !== false) withLibrary(opts, (library) => upsertArchive(library, summary));
    return summary;
  } catch (err) {
    throw storageError(err, opts.dataDir, { kind: 'data folder' }) ?? toUserFacing(err);
  } finally {
    if (earlyWorker) await earlyWorker.terminate();
    if (classifier) await classifier.close();
    if (db) db.close();
    if (partial) removeDatabaseFiles(partial);
    if (source) await source.close();
  }
}
