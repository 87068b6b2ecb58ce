import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateArchive } from '../../fixtures/generator/index';
import { Engine, importArchive } from '../../../electron/engine/index';
import { archiveDbPath } from '../../../electron/engine/library/paths';
import type { ItemQuery, ItemRow, SortOrder } from '../../../shared/model/items';
import type { Flag, ItemKind } from '../../../shared/model/kinds';
import { tempDir } from './helpers';

/**
 * Searches combined with kinds, flags and every sort order, read page by page, against the full
 * list filtered by the ids FTS5 itself returns for the plain prefix query. The archive is large
 * enough for a common word to be listed by walking the sort order and a rare one by sorting its
 * matches, so both ways of building a page (and their tie order) are compared with one reference.
 */
const work = tempDir('xexp-search-pages-');
const SORTS: SortOrder[] = ['dateDesc', 'dateAsc', 'levelDesc'];
let engine: Engine;
let archiveId: string;
let dbPath: string;
const bySort = new Map<SortOrder, ItemRow[]>();
let common: string;
let rare: string;
let flag: Flag;

function readAll(q: Omit<ItemQuery, 'archiveId'>, page = 377): ItemRow[] {
  const rows: ItemRow[] = [];
  for (let offset = 0; ; offset += page) {
    const p = engine.queryItems({ ...q, archiveId, offset, limit: page });
    rows.push(...p.rows);
    if (p.rows.length < page) return rows;
  }
}

/** The ids FTS5 matches for the words, the last one as a prefix: the engine's promise. */
function ftsIds(words: string[]): Set<number> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const match = words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
    return new Set(
      db.prepare('SELECT rowid FROM items_fts WHERE items_fts MATCH ?').pluck().all(match) as number[],
    );
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  const generated = await generateArchive({
    out: join(work.dir, 'archive'),
    layout: 'modern',
    items: 40_000,
    seed: 5,
  });
  const dataDir = join(work.dir, 'data');
  const summary = await importArchive(generated.path, { dataDir });
  archiveId = summary.archiveId;
  dbPath = archiveDbPath(dataDir, archiveId);
  engine = new Engine({ dataDir });
  for (const sort of SORTS) bySort.set(sort, readAll({ sort }, 1000));

  const db = new Database(dbPath);
  db.exec("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, items_fts, 'row')");
  const terms = db
    .prepare(
      "SELECT term, doc FROM temp.terms WHERE term GLOB '[a-z][a-z][a-z][a-z][a-z]*' ORDER BY doc DESC",
    )
    .all() as Array<{ term: string; doc: number }>;
  db.close();
  common = terms[0]!.term;
  rare = terms.find((t) => t.doc >= 30 && t.doc <= 300)!.term;
  const flagCounts = new Map<Flag, number>();
  for (const r of bySort.get('dateDesc')!)
    for (const f of r.flags) flagCounts.set(f, (flagCounts.get(f) ?? 0) + 1);
  flag = [...flagCounts].sort((a, b) => b[1] - a[1])[0]![0];
}, 120_000);

afterAll(() => {
  engine?.close();
  work.cleanup();
});

describe('search pages', () => {
  it('picks a word common enough to walk the sort order and one rare enough to sort', () => {
    expect(ftsIds([common]).size).toBeGreaterThan(5000);
    expect(ftsIds([rare]).size).toBeLessThan(1000);
  });

  const kindSets: Array<ItemKind[] | undefined> = [undefined, ['like'], ['post', 'directMessage']];
  const searches = (): Array<[string, string[]]> => [
    ['common word', [common]],
    ['start of a common word', [common.slice(0, 3)]],
    ['rare word', [rare]],
    ['two words, the last one started', [common, rare.slice(0, 4)]],
  ];

  /** Other filters, each with the test the full list's rows must pass. */
  const others = (): Array<[Partial<ItemQuery>, (r: ItemRow) => boolean]> => [
    [{}, () => true],
    [{ flags: [flag] }, (r) => r.flags.includes(flag)],
    [{ levels: ['high', 'medium'] }, (r) => r.level !== 'low'],
    [
      { from: '2021-03-15', to: '2023-06-30' },
      (r) => r.createdAt !== null && r.createdAt >= '2021-03-15' && r.createdAt <= '2023-06-30T23:59:59.999Z',
    ],
    [{ channels: ['openWeb'] }, (r) => r.channels.includes('openWeb')],
  ];

  it.each(SORTS)('lists every match once, in the order of the full list (%s)', (sort) => {
    for (const [name, words] of searches()) {
      const ids = ftsIds(words);
      for (const kinds of kindSets) {
        for (const [other, keep] of others()) {
          const expected = bySort
            .get(sort)!
            .filter((r) => ids.has(r.id) && (!kinds || kinds.includes(r.kind)) && keep(r))
            .map((r) => r.id);
          const q = { text: words.join(' '), sort, ...(kinds ? { kinds } : {}), ...other };
          const page = engine.queryItems({ ...q, archiveId, limit: 1 });
          expect([name, kinds, other, page.total]).toEqual([name, kinds, other, expected.length]);
          expect(readAll(q).map((r) => r.id)).toEqual(expected);
        }
      }
    }
  });

  it('accepts words joined by underscores or marks, as the index splits them', () => {
    const [first, second] = bySort
      .get('dateDesc')!
      .map((r) => r.snippet?.match(/\b([a-z]{4,}) ([a-z]{4,})\b/))
      .find((m) => m)!
      .slice(1);
    const joined = engine.queryItems({ archiveId, text: `${first}_${second}` });
    expect(joined.total).toBe(ftsIds([first!, second!]).size);
    expect(joined.total).toBeGreaterThan(0);
    // A mark the tokenizer does not keep splits the word: both halves are searched, nothing throws.
    const split = engine.queryItems({ archiveId, text: `${first}\u0305${second}` });
    expect(split.total).toBeGreaterThan(0);
    expect(split.total).toBeLessThanOrEqual(joined.total);
    const decomposed = engine.queryItems({ archiveId, text: 'cafe\u0301' });
    expect(decomposed.total).toBe(ftsIds(['cafe']).size);
  });
});
