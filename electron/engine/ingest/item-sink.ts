import type { Database, Statement } from 'better-sqlite3';
import type { Classification, ClassifyContext, ClassifyInput } from '../../../shared/exposure/types';
import { channelMask, flagMask, levelRank, postTypeMask } from '../db/bits';
import { FacetCounter } from './facet-counter';
import { ReasonKeys, type ClassificationColumns } from './classify-wire';
import type { Classifier } from './classifier';

/** Stores the exposure model's reason sets once each, numbered in the `classification_reasons` table. */
export class ReasonStore {
  private readonly keys = new ReasonKeys();
  private readonly byKey = new Map<number, number>();
  private readonly byJson = new Map<string, number>();
  private readonly insert: Statement;

  constructor(db: Database) {
    this.insert = db.prepare('INSERT INTO classification_reasons (id, json) VALUES (?, ?)');
    for (const row of db.prepare('SELECT id, json FROM classification_reasons').iterate() as Iterable<{
      id: number;
      json: string;
    }>) {
      this.byJson.set(row.json, row.id);
    }
  }

  idFor(c: Classification): number {
    const key = this.keys.key(c);
    for (const [k, json] of this.keys.takeNew()) this.byKey.set(k, this.idForJson(json));
    return this.byKey.get(key)!;
  }

  idForJson(json: string): number {
    let id = this.byJson.get(json);
    if (id === undefined) {
      id = this.byJson.size + 1;
      this.insert.run(id, json);
      this.byJson.set(json, id);
    }
    return id;
  }
}

/** The stored columns of one classification, in `items` column order after `post_types`. */
export function classificationColumns(c: Classification, reasons: ReasonStore): ClassificationColumns {
  return [
    channelMask(c.channels),
    flagMask(c.flags),
    levelRank(c.level),
    c.visibility,
    c.publicSinceCutoff === null ? null : c.publicSinceCutoff ? 1 : 0,
    reasons.idFor(c),
    c.flagEvidence.length > 0 ? JSON.stringify(c.flagEvidence) : null,
  ];
}

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
    this.insert = db.prepare(
      `INSERT INTO items (id, kind, source_id, created_at, text, post_types, channels, flags, level, visibility,
         public_since_cutoff, reasons_id, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
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
