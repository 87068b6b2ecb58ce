import type { Database, Statement } from 'better-sqlite3';
import type { Visibility } from '../../../shared/model/kinds';
import type { Classification, ClassifyContext, ClassifyInput } from '../../../shared/exposure/types';
import { classifyItem } from '../../../shared/exposure/classify';
import { channelMask, flagMask, levelRank, postTypeMask } from '../db/bits';
import { FacetCounter } from './facet-counter';

/**
 * Stores the exposure model's reason sets once each. The model shares one frozen reasons object per
 * situation, so the lookup is by identity first (no JSON per item), by JSON text otherwise.
 */
export class ReasonStore {
  private readonly byObject = new WeakMap<object, Map<string, number>>();
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
    let perLevel = this.byObject.get(c.channelReasons);
    const known = perLevel?.get(c.levelReason);
    if (known !== undefined) return known;
    const json = JSON.stringify({ channelReasons: c.channelReasons, levelReason: c.levelReason });
    let id = this.byJson.get(json);
    if (id === undefined) {
      id = this.byJson.size + 1;
      this.insert.run(id, json);
      this.byJson.set(json, id);
    }
    if (!perLevel) {
      perLevel = new Map();
      this.byObject.set(c.channelReasons, perLevel);
    }
    perLevel.set(c.levelReason, id);
    return id;
  }
}

/** The stored columns of one classification, in `items` column order after `post_types`. */
export function classificationColumns(
  c: Classification,
  reasons: ReasonStore,
): [number, number, number, Visibility, number | null, number, string | null] {
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
 * Adds rows to the unified `items` table, classifying each item with the exposure model as it goes
 * (the protected history is read before any content file, so the context is complete).
 */
export class ItemSink {
  private nextId = 1;
  private readonly insert: Statement;
  readonly reasons: ReasonStore;
  readonly facets = new FacetCounter();

  constructor(
    db: Database,
    public ctx: ClassifyContext,
  ) {
    this.insert = db.prepare(
      `INSERT INTO items (id, kind, source_id, created_at, text, post_types, channels, flags, level, visibility,
         public_since_cutoff, reasons_id, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.reasons = new ReasonStore(db);
  }

  /** Reserves the id of the next item (tables keyed by item_id are written first, to deduplicate). */
  peekId(): number {
    return this.nextId;
  }

  add(sourceId: string, input: ClassifyInput): number {
    const id = this.nextId++;
    const c = classifyItem(input, this.ctx);
    const postTypes = postTypeMask(input.postTypes);
    const cols = classificationColumns(c, this.reasons);
    this.insert.run(id, input.kind, sourceId, input.createdAt, input.text, postTypes, ...cols);
    this.facets.add(input.kind, postTypes, cols[0], cols[1], cols[2], cols[3], input.createdAt);
    return id;
  }
}
