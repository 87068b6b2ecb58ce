/**
 * Writes imported bookmarks into an archive's database in one transaction: the previous import's
 * bookmarks go, the new ones come in as `bookmark` items classified by the exposure model, merged by
 * post id with bookmarks from the archive's own file, with the full-text index kept in step.
 */
import type { Database } from 'better-sqlite3';
import type { ClassifyContext } from '../../../shared/exposure/types';
import { classifyItem } from '../../../shared/exposure/classify';
import type { BookmarkImportState } from '../../../shared/model/bookmarks';
import { ReasonStore } from '../classification/reasons';
import { classificationColumns, prepareItemInsert } from '../classification/stored-columns';
import { reclassifyIds } from '../classification/reclassify';
import { META, setMeta } from '../db/meta';
import { noProgress, type Progress } from '../services/progress';
import { computeKindRanges } from '../queries/kind-ranges';
import { BOOKMARK_IMPORT_META } from './schema';
import type { BookmarkRecordIn } from './rows';

export interface WriteOutcome {
  imported: number;
  merged: number;
  replaced: number;
}

const NO_MEDIA: never[] = [];
const NO_MENTIONS: string[] = [];
/** Rows written between two progress reports. */
const PROGRESS_ROWS = 2000;

/** Takes the previous import out: its own items go, archive items get back their missing text. Returns how many. */
function removePreviousImport(db: Database): { replaced: number; restored: number[] } {
  const replaced = (db.prepare('SELECT count(*) AS n FROM bookmark_imports').get() as { n: number }).n;
  if (replaced === 0) return { replaced, restored: [] };
  db.exec(`
    INSERT INTO items_fts (items_fts, rowid, text)
      SELECT 'delete', i.id, i.text FROM items i JOIN bookmark_imports b ON b.item_id = i.id
      WHERE i.text IS NOT NULL AND (b.from_archive = 0 OR b.added_text = 1);
    DELETE FROM items WHERE id IN (SELECT item_id FROM bookmark_imports WHERE from_archive = 0);
    DELETE FROM bookmarks WHERE item_id IN (SELECT item_id FROM bookmark_imports WHERE from_archive = 0);
  `);
  const restored = db
    .prepare('SELECT item_id FROM bookmark_imports WHERE added_text = 1')
    .pluck()
    .all() as number[];
  db.exec(`
    UPDATE items SET text = NULL WHERE id IN (SELECT item_id FROM bookmark_imports WHERE added_text = 1);
    DELETE FROM bookmark_imports;
  `);
  return { replaced, restored };
}

/** Facet rows of bookmarks only (the other kinds are untouched), so the counters stay exact. */
function refreshBookmarkFacets(db: Database): void {
  db.exec(`
    DELETE FROM item_facets WHERE kind = 'bookmark';
    INSERT INTO item_facets (kind, post_types, channels, flags, level, visibility, month, n)
      SELECT kind, post_types, channels, flags, level, visibility, coalesce(substr(created_at, 1, 7), ''), count(*)
      FROM items WHERE kind = 'bookmark' GROUP BY 1, 2, 3, 4, 5, 6, 7;
  `);
}

export function writeBookmarks(
  db: Database,
  records: readonly BookmarkRecordIn[],
  ctx: ClassifyContext,
  fileName: string,
  now: string,
  /** Told the rows written or merged; it may throw to stop (the transaction rolls back). */
  progress: Progress = noProgress,
): WriteOutcome {
  return db.transaction(() => {
    const { replaced, restored } = removePreviousImport(db);
    const archive = new Map<string, { itemId: number; hasText: boolean }>();
    for (const r of db
      .prepare(
        'SELECT b.tweet_id, b.item_id, i.text IS NOT NULL AS has_text FROM bookmarks b JOIN items i ON i.id = b.item_id',
      )
      .iterate() as Iterable<{ tweet_id: string; item_id: number; has_text: number }>) {
      archive.set(r.tweet_id, { itemId: r.item_id, hasText: r.has_text === 1 });
    }
    const reasons = new ReasonStore(db);
    const insertItem = prepareItemInsert(db);
    const insertBookmark = db.prepare(
      'INSERT INTO bookmarks (item_id, tweet_id, expanded_url, added_at, collection_id) VALUES (?, ?, ?, ?, NULL)',
    );
    const insertFts = db.prepare('INSERT INTO items_fts (rowid, text) VALUES (?, ?)');
    const insertImport = db.prepare(
      'INSERT INTO bookmark_imports (tweet_id, item_id, from_archive, added_text, author) VALUES (?, ?, ?, ?, ?)',
    );
    const setText = db.prepare('UPDATE items SET text = ? WHERE id = ?');
    let nextId = ((db.prepare('SELECT max(id) AS m FROM items').get() as { m: number | null }).m ?? 0) + 1;
    const reclassify = new Set(restored);
    let merged = 0;
    let done = 0;
    progress(0, records.length);
    for (const r of records) {
      if (++done % PROGRESS_ROWS === 0) progress(done, records.length);
      const known = archive.get(r.postId);
      if (known) {
        merged++;
        const addText = !known.hasText && r.text !== null;
        if (addText) {
          setText.run(r.text, known.itemId);
          insertFts.run(known.itemId, r.text);
          reclassify.add(known.itemId);
        }
        insertImport.run(r.postId, known.itemId, 1, addText ? 1 : 0, r.author);
        continue;
      }
      const id = nextId++;
      const c = classifyItem(
        {
          kind: 'bookmark',
          postTypes: [],
          createdAt: r.date,
          deletedAt: null,
          text: r.text,
          media: NO_MEDIA,
          geo: null,
          mentions: NO_MENTIONS,
          inReplyToStatusId: null,
          authoredBySelf: false,
        },
        ctx,
      );
      insertItem.run(
        id,
        'bookmark',
        r.postId,
        r.date,
        r.text,
        0,
        ...classificationColumns(c, reasons.idFor(c)),
      );
      insertBookmark.run(id, r.postId, r.url, r.date);
      if (r.text !== null) insertFts.run(id, r.text);
      insertImport.run(r.postId, id, 0, 0, r.author);
    }
    progress(records.length, records.length);
    if (reclassify.size > 0) reclassifyIds(db, ctx, [...reclassify]);
    refreshBookmarkFacets(db);
    // The search counts rely on each kind's id range; the new items extend (or split) the bookmarks'.
    setMeta(db, META.kindRanges, computeKindRanges(db));
    const state: BookmarkImportState = { fileName, importedAt: now, imported: records.length, merged };
    setMeta(db, BOOKMARK_IMPORT_META, state);
    return { imported: records.length, merged, replaced };
  })();
}
