import type { Database, Statement } from 'better-sqlite3';
import type { Classification } from '../../../shared/exposure/types';

/**
 * Numbers the exposure model's reason sets. The model shares one frozen reasons object per
 * situation, so the lookup is by identity first (no JSON per item), by JSON text otherwise.
 * Runs anywhere (the classification worker numbers its own sets; ReasonStore maps them to rows).
 */
export class ReasonKeys {
  private readonly byObject = new WeakMap<object, Map<string, number>>();
  private readonly byJson = new Map<string, number>();
  private fresh: Array<[number, string]> = [];

  key(c: Classification): number {
    let perLevel = this.byObject.get(c.channelReasons);
    const known = perLevel?.get(c.levelReason);
    if (known !== undefined) return known;
    const json = JSON.stringify({ channelReasons: c.channelReasons, levelReason: c.levelReason });
    let key = this.byJson.get(json);
    if (key === undefined) {
      key = this.byJson.size + 1;
      this.byJson.set(json, key);
      this.fresh.push([key, json]);
    }
    if (!perLevel) {
      perLevel = new Map();
      this.byObject.set(c.channelReasons, perLevel);
    }
    perLevel.set(c.levelReason, key);
    return key;
  }

  /** The reason sets numbered since the last call, as [key, JSON]. */
  takeNew(): Array<[number, string]> {
    const out = this.fresh;
    this.fresh = [];
    return out;
  }
}

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
