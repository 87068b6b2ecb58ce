/**
 * How a classification is stored in the `items` table: its columns, and the one encoding of a
 * classification into them (used on the import's thread, in the classification worker, by the
 * bookmark import and by every re-classification).
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Visibility } from '../../../shared/model/kinds';
import type { Classification } from '../../../shared/exposure/types';
import { channelMask, flagMask, levelRank } from '../db/bits';

/** The classification's columns of `items`, in order. */
export const CLASSIFICATION_COLUMNS = [
  'channels',
  'flags',
  'level',
  'visibility',
  'public_since_cutoff',
  'reasons_id',
  'evidence',
] as const;

export type ClassificationColumns = [
  channels: number,
  flags: number,
  level: number,
  visibility: Visibility,
  publicSinceCutoff: number | null,
  reasonsId: number,
  evidence: string | null,
];

export const CLASSIFICATION_WIDTH = CLASSIFICATION_COLUMNS.length;

/** A classification as its stored columns; `reasonsId` numbers its reason set (see reasons.ts). */
export function classificationColumns(c: Classification, reasonsId: number): ClassificationColumns {
  return [
    channelMask(c.channels),
    flagMask(c.flags),
    levelRank(c.level),
    c.visibility,
    c.publicSinceCutoff === null ? null : c.publicSinceCutoff ? 1 : 0,
    reasonsId,
    c.flagEvidence.length > 0 ? JSON.stringify(c.flagEvidence) : null,
  ];
}

/** The columns an item is inserted with, in order: its own, then its classification's. */
export const ITEM_INSERT_COLUMNS = [
  'id',
  'kind',
  'source_id',
  'created_at',
  'text',
  'post_types',
  ...CLASSIFICATION_COLUMNS,
] as const;

/** Inserts an item: run with (id, kind, source_id, created_at, text, post_types, ...ClassificationColumns). */
export function prepareItemInsert(db: Database): Statement {
  return db.prepare(
    `INSERT INTO items (${ITEM_INSERT_COLUMNS.join(', ')})
     VALUES (${ITEM_INSERT_COLUMNS.map(() => '?').join(', ')})`,
  );
}

/** Replaces an item's classification: run with (...ClassificationColumns, id). */
export function prepareClassificationUpdate(db: Database): Statement {
  return db.prepare(
    `UPDATE items SET ${CLASSIFICATION_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`,
  );
}
