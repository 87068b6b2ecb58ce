import type { Database } from 'better-sqlite3';
import type { ConversationSummary, ItemDetail, ItemPage, ItemQuery } from '../../../shared/model/items';
import { conversationCounts, listConversations, narrowsConversations } from '../queries/conversations';
import type { Overview } from '../../../shared/model/overview';
import type { Connections } from '../connections';
import { countItems, type ItemCounts } from '../queries/item-counts';
import { SearchHitsCache, hitsOfKinds, type SearchHits } from '../queries/search-hits';
import { matchingIds } from '../queries/matching-ids';
import { planQuery, withKinds, type QueryPlan } from '../queries/query-plan';
import { queryItemPage } from '../queries/query-items';
import { itemDetail } from '../queries/item-detail';
import { overview } from '../queries/overview';
import { ownWordsPending } from '../classification/own-words-store';
import { accountData } from '../queries/account-data';
import type { AccountData } from '../../../shared/model/account-data';
import type { LibraryService } from './library-service';

const COUNT_CACHE_SIZE = 64;

/** The count part of a query (what the counters depend on), as a cache key. */
function countKey(q: ItemQuery): string {
  const { kinds, postTypes, channels, flags, levels, visibilities, conversations, from, to, text } = q;
  return JSON.stringify([
    kinds,
    postTypes,
    channels,
    flags,
    levels,
    visibilities,
    conversations,
    from,
    to,
    text,
  ]);
}

/** Paged item queries, their counters, item details and the overview, with per-archive caches. */
export class QueryService {
  private readonly counts = new Map<string, Map<string, ItemCounts>>();
  private readonly searches = new Map<string, { db: Database; cache: SearchHitsCache }>();
  /** Per archive: full-text match counts per kind, by search text. */
  private readonly ftsCounts = new Map<string, Map<string, ItemCounts | null>>();

  constructor(
    private readonly conn: Connections,
    private readonly library: LibraryService,
  ) {
    conn.onChange((archiveId, change) => {
      this.counts.delete(archiveId);
      if (change === 'replaced') {
        this.searches.delete(archiveId);
        this.ftsCounts.delete(archiveId);
      }
    });
  }

  queryItems(q: ItemQuery): ItemPage {
    const started = performance.now();
    const db = this.conn.archive(q.archiveId);
    const plan = planQuery(db, q);
    const hits = this.searchHits(plan, db);
    const counts = this.countsFor(plan, db, hits);
    // The kind checkboxes show what ticking each would list: counts under the other filters only.
    const allKinds = withKinds(plan, undefined);
    const kindCounts = q.kinds?.length
      ? this.countsFor(allKinds, db, this.searchHits(allKinds, db)).kindCounts
      : counts.kindCounts;
    const page = queryItemPage(db, plan, counts, hits);
    return { ...page, kindCounts, tookMs: performance.now() - started };
  }

  /** The ids of every item the query matches (all its pages), in id order. */
  matchingItemIds(q: ItemQuery): number[] {
    const db = this.conn.archive(q.archiveId);
    const plan = planQuery(db, q);
    return matchingIds(db, plan, this.searchHits(plan, db));
  }

  itemDetail(archiveId: string, itemId: number, revealPrivate: boolean): ItemDetail {
    const db = this.conn.archive(archiveId);
    return itemDetail(db, itemId, this.library.summary(archiveId).account, revealPrivate);
  }

  overview(archiveId: string): Overview {
    const db = this.conn.archive(archiveId);
    const summary = this.library.summary(archiveId);
    return overview(db, summary, ownWordsPending(db, this.conn.library, summary.account.accountId));
  }

  /** The archive's direct-message conversations, who each is with and its message count. */
  conversations(archiveId: string): ConversationSummary[] {
    return listConversations(this.conn.archive(archiveId), this.library.summary(archiveId).account.accountId);
  }

  /**
   * Messages per conversation under the query's other filters (its kinds and conversations set aside,
   * as the kind checkboxes set the kinds aside); null when none narrows them: the totals hold.
   */
  conversationCounts(q: ItemQuery): Record<string, number> | null {
    if (!narrowsConversations(q)) return null;
    const db = this.conn.archive(q.archiveId);
    const plan = planQuery(db, { ...q, kinds: undefined, conversations: undefined });
    return conversationCounts(db, plan, this.searchHits(plan, db));
  }

  accountData(archiveId: string): AccountData {
    return accountData(this.conn.archive(archiveId), this.library.summary(archiveId));
  }

  /** The counts under a query's filters, kept for the last few filter sets of each archive. */
  private countsFor(plan: QueryPlan, db: Database, hits: SearchHits | null): ItemCounts {
    const { q } = plan;
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
      counts = countItems(db, plan, hits, memo);
      if (cache.size >= COUNT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, counts);
    return counts;
  }

  /**
   * The query's search matches (cached per search text), within its conversations when it names
   * some, limited to its kinds; null without a search or conversations.
   */
  private searchHits(plan: QueryPlan, db: Database): SearchHits | null {
    const { fts, ranges, q } = plan;
    if (!fts && !q.conversations?.length) return null;
    const cache = this.searchCache(q.archiveId, db);
    const text = fts ? cache.hitsFor(fts.match, fts.words, ranges) : null;
    const hits = q.conversations?.length ? cache.conversationHits(q.conversations, text, ranges) : text!;
    return hitsOfKinds(hits, ranges, q.kinds);
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
}
