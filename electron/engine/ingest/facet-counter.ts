import type { Database } from 'better-sqlite3';
import { ITEM_KINDS, VISIBILITIES, type ItemKind, type Visibility } from '../../../shared/model/kinds';

const COLUMNS =
  "kind, post_types, channels, flags, level, visibility, coalesce(substr(created_at, 1, 7), '') AS month";

interface FacetRow {
  kind: ItemKind;
  post_types: number;
  channels: number;
  flags: number;
  level: number;
  visibility: Visibility;
  month: string;
}

const KIND_CODE = new Map<string, number>(ITEM_KINDS.map((k, i) => [k, i]));
const VISIBILITY_CODE = new Map<string, number>(VISIBILITIES.map((v, i) => [v, i]));

/**
 * Counts items per facet combination while they are inserted, so the import does not need a
 * GROUP BY over the whole items table afterwards (`rebuildFacets` does that for re-classification).
 * The combination is packed into one number per month: kind 3 bits, visibility 3, level 2, channels 3,
 * post types 5, flags 13 bits.
 */
export class FacetCounter {
  private readonly months = new Map<string, Map<number, number>>();

  add(
    kind: ItemKind,
    postTypes: number,
    channels: number,
    flags: number,
    level: number,
    visibility: Visibility,
    createdAt: string | null,
    delta = 1,
  ): void {
    const month = createdAt === null ? '' : createdAt.slice(0, 7);
    let counts = this.months.get(month);
    if (!counts) {
      counts = new Map();
      this.months.set(month, counts);
    }
    const key =
      KIND_CODE.get(kind)! +
      VISIBILITY_CODE.get(visibility)! * 8 +
      level * 64 +
      channels * 256 +
      postTypes * 2048 +
      flags * 65536;
    counts.set(key, (counts.get(key) ?? 0) + delta);
  }

  /** Adds (delta 1) or removes (delta -1) stored items, read back from the table. */
  addStored(db: Database, ids: readonly number[], delta: 1 | -1): void {
    if (ids.length === 0) return;
    const rows = db
      .prepare(`SELECT ${COLUMNS} FROM items WHERE id IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify(ids)) as FacetRow[];
    for (const r of rows) {
      this.add(r.kind, r.post_types, r.channels, r.flags, r.level, r.visibility, r.month || null, delta);
    }
  }

  /** Replaces the item_facets table with the counts. */
  write(db: Database): void {
    const insert = db.prepare(
      'INSERT INTO item_facets (kind, post_types, channels, flags, level, visibility, month, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    db.transaction(() => {
      db.exec('DELETE FROM item_facets');
      for (const [month, counts] of this.months) {
        for (const [key, n] of counts) {
          if (n === 0) continue;
          insert.run(
            ITEM_KINDS[key % 8],
            Math.floor(key / 2048) % 32,
            Math.floor(key / 256) % 8,
            Math.floor(key / 65536),
            Math.floor(key / 64) % 4,
            VISIBILITIES[Math.floor(key / 8) % 8],
            month,
            n,
          );
        }
      }
    })();
  }
}
