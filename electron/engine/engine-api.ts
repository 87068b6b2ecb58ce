import type { Readable } from 'node:stream';
import type { ItemDetail, ItemPage, ItemQuery } from '../../shared/model/items';
import type { Overview, ProtectedRange, VisibilitySettings } from '../../shared/model/overview';
import type { ArchiveSummary } from '../../shared/model/summary';
import { EngineCore } from './engine';
import { UserFacingError } from './errors';
import { META, getMeta, setMeta } from './db/meta';
import { upsertArchive } from './library/library-db';
import { openArchiveSource } from './archive/open-source';
import type { ArchiveSource } from './archive/source';
import type { Database } from 'better-sqlite3';
import { countItems, type ItemCounts } from './queries/item-counts';
import { SearchHitsCache, hitsOfKinds, type SearchHits } from './queries/search-hits';
import { matchingIds } from './queries/matching-ids';
import type { KindRange } from './queries/kind-ranges';
import { ftsQuery } from './queries/filters';
import { queryItemPage } from './queries/query-items';
import { itemDetail } from './queries/item-detail';
import { overview } from './queries/overview';
import { exportItemsCsv } from './queries/export-csv';
import { isKnownMediaPath, mimeOf } from './queries/media';
import { normaliseRanges, visibilitySettings } from './queries/visibility';
import { applyUserRanges } from './postpass/user-ranges';
import { exposureSummary } from './summary/exposure-summary';
import type {
  BookmarkImportResult,
  BookmarkImportState,
  BookmarkMapping,
  BookmarkPreview,
} from '../../shared/model/bookmarks';
import type { ArchiveComparison } from '../../shared/model/compare';
import { bookmarkImportState, importBookmarkFile, loadBookmarkFile } from './bookmarks';
import { compareArchives, ensureCompareIndexes, recordDeletionList } from './compare';
import { archiveDbPath, libraryDbPath } from './library/paths';

const COUNT_CACHE_SIZE = 64;

/** The count part of a query (what the counters depend on), as a cache key. */
function countKey(q: ItemQuery): string {
  const { kinds, postTypes, channels, flags, levels, visibilities, from, to, text } = q;
  return JSON.stringify([kinds, postTypes, channels, flags, levels, visibilities, from, to, text]);
}

/**
 * The engine's public API: the library, queries over imported archives, visibility corrections,
 * CSV export and media. Imports run through `importArchive` (see index.ts).
 */
export class Engine extends EngineCore {
  private readonly counts = new Map<string, Map<string, ItemCounts>>();
  private readonly searches = new Map<string, { db: Database; cache: SearchHitsCache }>();
  /** Per archive: full-text match counts per kind, by search text. */
  private readonly ftsCounts = new Map<string, Map<string, ItemCounts | null>>();
  private readonly sources = new Map<string, Promise<ArchiveSource>>();

  queryItems(q: ItemQuery): ItemPage {
    const started = performance.now();
    const db = this.db(q.archiveId);
    const ranges = getMeta<KindRange[] | null>(db, META.kindRanges);
    const hits = this.searchHits(q, db, ranges);
    const counts = this.countsFor(q, db, hits);
    // The kind checkboxes show what ticking each would list: counts under the other filters only.
    const allKinds = { ...q, kinds: undefined };
    const kindCounts = q.kinds?.length
      ? this.countsFor(allKinds, db, this.searchHits(allKinds, db, ranges)).kindCounts
      : counts.kindCounts;
    const page = queryItemPage(db, q, counts, hits, ranges);
    return { ...page, kindCounts, tookMs: performance.now() - started };
  }

  /** The counts under a query's filters, kept for the last few filter sets of each archive. */
  private countsFor(q: ItemQuery, db: Database, hits: SearchHits | null): ItemCounts {
    let cache = this.counts.get(q.archiveId);
    if (!cache) {
      cache = new Map();
      this.counts.set(q.archiveId, cache);
    }
    const key = countKey(q);
    let counts = cache.get(key);
    if (counts) {
      cache.delete(key);
    } else {
      let memo = this.ftsCounts.get(q.archiveId);
      if (!memo) {
        memo = new Map();
        this.ftsCounts.set(q.archiveId, memo);
      }
      if (memo.size >= COUNT_CACHE_SIZE) memo.delete(memo.keys().next().value!);
      counts = countItems(db, q, hits, memo);
      if (cache.size >= COUNT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, counts);
    return counts;
  }

  /** The ids of every item the query matches (all its pages), in id order. */
  matchingItemIds(q: ItemQuery): number[] {
    const db = this.db(q.archiveId);
    return matchingIds(db, q, this.searchHits(q, db, getMeta<KindRange[] | null>(db, META.kindRanges)));
  }

  getItemDetail(archiveId: string, itemId: number, revealPrivate = false): ItemDetail {
    const db = this.db(archiveId);
    const { account } = this.getSummary(archiveId);
    return itemDetail(db, itemId, account, revealPrivate);
  }

  getOverview(archiveId: string): Overview {
    return overview(this.db(archiveId), this.getSummary(archiveId));
  }

  getVisibility(archiveId: string): VisibilitySettings {
    return visibilitySettings(this.db(archiveId));
  }

  /** Stores the user's protected periods (null: back to the archive's history) and re-classifies every item. */
  setVisibility(archiveId: string, ranges: ProtectedRange[] | null): ArchiveSummary {
    const db = this.db(archiveId);
    const userRanges = ranges === null ? null : normaliseRanges(ranges);
    const previous = this.getSummary(archiveId);
    const asOf = getMeta<string>(db, META.asOf) ?? previous.generatedAt ?? previous.importedAt;
    const summary = applyUserRanges(db, userRanges, asOf, previous.account.accountId || null, () => {
      const next: ArchiveSummary = { ...previous, exposure: exposureSummary(db) };
      setMeta(db, META.summary, next);
      return next;
    });
    upsertArchive(this.library, summary);
    this.counts.delete(archiveId);
    return summary;
  }

  /** Writes the items as a CSV deletion list and puts them on the account's deletion list (see Compare). */
  exportItemsCsv(archiveId: string, itemIds: number[] | 'all', outPath: string): number {
    const db = this.db(archiveId);
    const { account } = this.getSummary(archiveId);
    const rows = exportItemsCsv(db, itemIds, outPath, account.username);
    recordDeletionList(this.library, db, { accountId: account.accountId, archiveId }, itemIds);
    return rows;
  }

  /** Reads a bookmark export and shows what an import would write (nothing is written). */
  previewBookmarks(path: string, mapping?: BookmarkMapping): BookmarkPreview {
    return loadBookmarkFile(path, mapping).preview;
  }

  /** Imports a bookmark export into the archive, replacing the previous import. */
  importBookmarks(archiveId: string, path: string, mapping?: BookmarkMapping): BookmarkImportResult {
    const result = importBookmarkFile(this.db(archiveId), this.getSummary(archiveId), path, mapping);
    upsertArchive(this.library, result.summary);
    // Everything cached for this archive (counts, search hits, temp tables on its connection) is stale.
    this.release(archiveId);
    this.forgetCaches(archiveId);
    return result;
  }

  getBookmarkImport(archiveId: string): BookmarkImportState | null {
    return bookmarkImportState(this.db(archiveId));
  }

  /** Compares two archives of one account (older first): removed, added and kept per count, and the deletion list. */
  compareArchives(olderId: string, newerId: string, opts: { withIds?: boolean } = {}): ArchiveComparison {
    ensureCompareIndexes(this.db(olderId));
    ensureCompareIndexes(this.db(newerId));
    return compareArchives({
      older: { summary: this.getSummary(olderId), dbPath: archiveDbPath(this.dataDir, olderId) },
      newer: { summary: this.getSummary(newerId), dbPath: archiveDbPath(this.dataDir, newerId) },
      libraryPath: libraryDbPath(this.dataDir),
      ...(this.nativeBinding ? { nativeBinding: this.nativeBinding } : {}),
      ...(opts.withIds ? { withIds: true } : {}),
    });
  }

  /** Streams one media file from the archive the user imported (zip or folder), read lazily. */
  async openMedia(
    archiveId: string,
    archivePath: string,
  ): Promise<{ stream: NodeJS.ReadableStream; mime: string; size: number }> {
    const db = this.db(archiveId);
    if (!isKnownMediaPath(db, archivePath)) {
      throw new UserFacingError('NOT_FOUND', 'this archive has no such media file');
    }
    const source = await this.source(archiveId);
    const entry = source.entries.get(archivePath);
    if (!entry) {
      throw new UserFacingError('NOT_FOUND', 'the media file is no longer in the archive', source.location);
    }
    const stream: Readable = await source.open(archivePath);
    return { stream, mime: mimeOf(archivePath), size: entry.size };
  }

  override close(): void {
    for (const id of [...this.sources.keys()]) this.closeSource(id);
    super.close();
  }

  protected override forgetCaches(archiveId: string): void {
    this.counts.delete(archiveId);
    this.searches.delete(archiveId);
    this.ftsCounts.delete(archiveId);
    this.closeSource(archiveId);
  }

  /** The query's search matches (cached per search text), limited to its kinds; null without a search. */
  private searchHits(q: ItemQuery, db: Database, ranges: KindRange[] | null): SearchHits | null {
    const fts = ftsQuery(q.text);
    if (!fts) return null;
    return hitsOfKinds(
      this.searchCache(q.archiveId, db).hitsFor(fts.match, fts.words, ranges),
      ranges,
      q.kinds,
    );
  }

  /** The search cache of the archive's current connection (temp tables live on the connection). */
  private searchCache(archiveId: string, db: Database): SearchHitsCache {
    let entry = this.searches.get(archiveId);
    if (!entry || entry.db !== db) {
      entry = { db, cache: new SearchHitsCache(db) };
      this.searches.set(archiveId, entry);
    }
    return entry.cache;
  }

  private source(archiveId: string): Promise<ArchiveSource> {
    let source = this.sources.get(archiveId);
    if (!source) {
      const { sourcePath } = this.getSummary(archiveId);
      source = openArchiveSource(sourcePath).catch((err: unknown) => {
        this.sources.delete(archiveId);
        throw err instanceof UserFacingError && err.code === 'BAD_INPUT'
          ? new UserFacingError(
              'NOT_FOUND',
              'the archive is no longer where it was imported from',
              sourcePath,
            )
          : err;
      });
      this.sources.set(archiveId, source);
    }
    return source;
  }

  private closeSource(archiveId: string): void {
    const source = this.sources.get(archiveId);
    if (!source) return;
    this.sources.delete(archiveId);
    source.then(
      (s) => s.close(),
      () => undefined,
    );
  }
}
