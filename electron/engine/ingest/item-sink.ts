import type { Database, Statement } from 'better-sqlite3';
import type { ClassifyContext, ClassifyInput } from '../../../shared/exposure/types';
import { postTypeMask } from '../db/bits';
import { prepareItemInsert } from '../classification/stored-columns';
import { FacetCounter } from './facet-counter';
import type { Classifier } from './classifier';

/**
 * Adds rows to the unified `items` table. Each item is classified by the exposure model (on this
 * thread or a worker); its row is written when the classification is back. The protected history
 * is read before any content file, so the context is complete by then.
 */
export class ItemSink {
  private nextId = 1;
  private readonly insert: Statement;
  readonly facets = new FacetCounter();
  private context: ClassifyContext;

  constructor(
    db: Database,
    ctx: ClassifyContext,
    private readonly classifier: Classifier,
  ) {
    this.insert = prepareItemInsert(db);
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
    const id = this.nextId++;
    const postTypes = postTypeMask(input.postTypes);
    const { kind, createdAt, text } = input;
    this.classifier.submit(input, (cols) => {
      this.insert.run(id, kind, sourceId, createdAt, text, postTypes, ...cols);
      this.facets.add(kind, postTypes, cols[0], cols[1], cols[2], cols[3], createdAt);
    });
    return id;
  }

  backpressure(): Promise<void> | null {
    return this.classifier.backpressure();
  }

  /** Waits until every item's row is written. */
  drain(): Promise<void> {
    return this.classifier.drain();
  }
}
