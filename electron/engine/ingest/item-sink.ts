import type { Database } from 'better-sqlite3';
import type { ClassifyContext, ClassifyInput } from '../../../shared/exposure/types';
import { postTypeMask } from '../db/bits';
import { languageCode } from '../../../shared/exposure/language/codes';
import { ITEM_INSERT_COLUMNS } from '../classification/stored-columns';
import { RowBatch } from '../db/row-batch';
import { FacetCounter } from './facet-counter';
import type { Classifier } from './classifier';

/** A language counts as the account's when at least this share of its tagged posts is in it. */
const MAIN_LANGUAGE_SHARE = 0.1;

/**
 * Adds rows to the unified `items` table. Each item is classified by the exposure model (on this
 * thread or a worker); its row is written once the classification is back, several rows at a time
 * (`drain` writes the last ones). The protected history is read before any content file, so the
 * context is complete by then.
 */
export class ItemSink {
  private nextId = 1;
  private readonly rows: RowBatch;
  readonly facets = new FacetCounter();
  private context: ClassifyContext;
  /** Posts per X language tag, while the account's languages are not known. */
  private postLanguages: Map<string, number> | null = new Map();

  constructor(
    db: Database,
    ctx: ClassifyContext,
    private readonly classifier: Classifier,
  ) {
    this.rows = new RowBatch(db, 'items', ITEM_INSERT_COLUMNS);
    this.context = ctx;
    classifier.setContext(ctx);
  }

  get ctx(): ClassifyContext {
    return this.context;
  }

  set ctx(ctx: ClassifyContext) {
    this.context = ctx;
    this.classifier.setContext(ctx);
  }

  /** Reserves the id of the next item (tables keyed by item_id are written first, to deduplicate). */
  peekId(): number {
    return this.nextId;
  }

  add(sourceId: string, input: ClassifyInput): number {
    if (this.postLanguages) this.learnLanguages(input);
    const id = this.nextId++;
    const postTypes = postTypeMask(input.postTypes);
    const { kind, createdAt, text } = input;
    this.classifier.submit(input, (cols) => {
      this.rows.add(id, kind, sourceId, createdAt, text, postTypes, ...cols);
      this.facets.add(kind, postTypes, cols[0], cols[1], cols[2], cols[3], createdAt);
    });
    return id;
  }

  /**
   * Without X's record of the account's languages, the languages of its own posts stand in for it:
   * they choose the lists for the likes, messages and bookmarks that follow (rather than every list).
   */
  private learnLanguages(input: ClassifyInput): void {
    const tally = this.postLanguages!;
    if (this.context.languages && this.context.languages.length > 0) {
      this.postLanguages = null;
      return;
    }
    if (input.lang !== undefined) {
      const code = languageCode(input.lang);
      if (code) tally.set(code, (tally.get(code) ?? 0) + 1);
      return;
    }
    if (tally.size === 0) return;
    const total = [...tally.values()].reduce((a, b) => a + b, 0);
    const languages = [...tally]
      .filter(([, n]) => n >= total * MAIN_LANGUAGE_SHARE)
      .sort((a, b) => b[1] - a[1])
      .map(([code]) => code);
    this.postLanguages = null;
    this.ctx = { ...this.context, languages };
  }

  backpressure(): Promise<void> | null {
    return this.classifier.backpressure();
  }

  /** Waits until every item is classified, and writes the rows still waiting. */
  async drain(): Promise<void> {
    await this.classifier.drain();
    this.rows.flush();
  }
}
