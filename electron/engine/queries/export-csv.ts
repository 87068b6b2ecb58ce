import { closeSync, openSync, writeSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import Papa from 'papaparse';
import type { ItemKind } from '../../../shared/model/kinds';
import { channelsOf, flagsOf, levelOf, postTypesOf } from '../db/bits';
import { spreadsheetSafe } from './spreadsheet-cell';

const FIELDS = [
  'kind',
  'id',
  'created_at',
  'url',
  'types',
  'visibility',
  'level',
  'channels',
  'flags',
  'text',
];
const BATCH = 5000;

interface ExportRow {
  id: number;
  kind: ItemKind;
  source_id: string;
  created_at: string | null;
  text: string | null;
  post_types: number;
  channels: number;
  flags: number;
  level: number;
  visibility: string;
  expanded_url: string | null;
}

function urlOf(r: ExportRow, username: string): string {
  if (r.expanded_url) return r.expanded_url;
  if (r.kind === 'post' || r.kind === 'communityPost' || r.kind === 'deletedPost') {
    return `https://x.com/${username || 'i/web'}/status/${r.source_id}`;
  }
  if (r.kind === 'like' || r.kind === 'bookmark') return `https://x.com/i/web/status/${r.source_id}`;
  return '';
}

/**
 * Writes the chosen items as a CSV deletion list (UTF-8 with BOM so spreadsheets read it right).
 * Every part of a cell that a spreadsheet would run as a formula is escaped (see spreadsheetSafe). DM text is left out.
 * Written in batches, so memory stays flat for a million rows.
 */
export function exportItemsCsv(
  db: Database,
  itemIds: number[] | 'all',
  outPath: string,
  username: string,
  /** Told the rows written so far after each batch; may throw to stop. */
  onBatch?: (rows: number) => void,
): number {
  const select = `SELECT i.id, i.kind, i.source_id, i.created_at, i.text, i.post_types, i.channels, i.flags, i.level, i.visibility,
      coalesce(l.expanded_url, b.expanded_url) AS expanded_url
    FROM items i LEFT JOIN likes l ON l.item_id = i.id LEFT JOIN bookmarks b ON b.item_id = i.id`;
  const fd = openSync(outPath, 'w');
  let rows = 0;
  try {
    writeSync(fd, '\uFEFF' + Papa.unparse([FIELDS]) + '\r\n');
    const emit = (batch: ExportRow[]) => {
      if (batch.length === 0) return;
      const data = batch
        .map((r) => [
          r.kind,
          r.source_id,
          r.created_at ?? '',
          urlOf(r, username),
          postTypesOf(r.post_types).join(' '),
          r.visibility,
          levelOf(r.level),
          channelsOf(r.channels).join(' '),
          flagsOf(r.flags).join(' '),
          r.kind === 'directMessage' ? '' : (r.text ?? ''),
        ])
        .map((row) => row.map(spreadsheetSafe));
      writeSync(fd, Papa.unparse(data) + '\r\n');
      rows += batch.length;
      onBatch?.(rows);
    };
    if (itemIds === 'all') {
      let after = 0;
      const stmt = db.prepare(`${select} WHERE i.id > ? ORDER BY i.id LIMIT ?`);
      for (;;) {
        const batch = stmt.all(after, BATCH) as ExportRow[];
        if (batch.length === 0) break;
        emit(batch);
        after = batch[batch.length - 1]!.id;
      }
    } else {
      const stmt = db.prepare(`${select} WHERE i.id IN (SELECT value FROM json_each(?)) ORDER BY i.id`);
      for (let i = 0; i < itemIds.length; i += BATCH) {
        emit(stmt.all(JSON.stringify(itemIds.slice(i, i + BATCH))) as ExportRow[]);
      }
    }
  } finally {
    closeSync(fd);
  }
  return rows;
}
