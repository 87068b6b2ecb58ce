import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { migrate } from '../../../electron/engine/db/migrate';
import { ARCHIVE_MIGRATIONS } from '../../../electron/engine/db/migrations/archive/index';
import { ftsQuery } from '../../../electron/engine/queries/filters';
import { searchExpression } from '../../../electron/engine/queries/search-match';
import { matchRanges } from '../../../electron/engine/queries/rows';

const TEXTS = [
  'My garden in spring',
  'Gardening tips for the allotment',
  'The Café on the corner',
  'Straße and ÉTÉ',
  'john_doe replied',
  ...Array.from({ length: 12 }, (_, i) => `token${String.fromCharCode(97 + i)} number ${i}`),
];

const db = new Database(':memory:');
migrate(db, ARCHIVE_MIGRATIONS, 'test archive');
const insert = db.prepare(
  `INSERT INTO items (id, kind, source_id, text, post_types, channels, flags, level, visibility, reasons_id)
   VALUES (?, 'post', ?, ?, 0, 0, 0, 0, 'public', 0)`,
);
TEXTS.forEach((text, i) => insert.run(i + 1, String(i + 1), text));
db.exec("INSERT INTO items_fts (items_fts) VALUES ('rebuild')");
afterAll(() => db.close());

const matches = (expression: string): number[] =>
  db
    .prepare('SELECT rowid FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid')
    .pluck()
    .all(expression) as number[];

describe('searchExpression', () => {
  const cases: Array<[string, string]> = [
    ['gard', '("garden" OR "gardening")'],
    ['garden', '("garden" OR "gardening")'],
    ['gardening', '"gardening"'],
    ['CAFÉ', '"cafe"'],
    ['cafe\u0301', '"cafe"'],
    ['ete', '"ete"'],
    ['straße', '"straße"'],
    ['token', '"token"*'],
    ['nowhere', '"nowhere"*'],
    ['spring gard', '"spring" AND ("garden" OR "gardening")'],
  ];
  it.each(cases)('searches %j as %s, matching what the prefix query matches', (text, expected) => {
    const fts = ftsQuery(text)!;
    const expression = searchExpression(db, fts.words);
    expect(expression).toBe(expected);
    expect(matches(expression!)).toEqual(matches(fts.match));
  });

  it('splits words where the tokenizer splits them, so no query is a phrase', () => {
    expect(ftsQuery('john_doe')!.words).toEqual(['john', 'doe']);
    expect(matches(searchExpression(db, ftsQuery('john_doe')!.words)!)).toEqual([5]);
    // A combining overline is a letter's mark to JavaScript but a separator to the tokenizer.
    expect(searchExpression(db, ftsQuery('john\u0305doe')!.words)).toBe('"doe" AND "john"');
    expect(matches(searchExpression(db, ftsQuery('john\u0305doe')!.words)!)).toEqual([5]);
    expect(searchExpression(db, ['\u0305'])).toBeNull();
    expect(ftsQuery('"); DROP TABLE items; --')!.words).toEqual(['drop', 'table', 'items']);
    expect(ftsQuery(' ,.; ')).toBeNull();
  });

  it('marks the words of a search where the index found them, also around underscores', () => {
    expect(matchRanges('@john_doe replied', ['john', 'doe'])).toEqual([
      [1, 5],
      [6, 9],
    ]);
    expect(matchRanges('gardening, garden', ['garden', 'tips'])).toEqual([[11, 17]]);
    expect(matchRanges('gardening, garden', ['gard'])).toEqual([
      [0, 4],
      [11, 15],
    ]);
  });
});
