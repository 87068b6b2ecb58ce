/**
 * A classification is stored one way: the classification worker's results and the import thread's own
 * come out as the same row, in the items table's column order.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { classifyItem } from '../../../shared/exposure/classify';
import type { ClassifyContext, ClassifyInput } from '../../../shared/exposure/types';
import { ReasonKeys, ReasonStore } from '../../../electron/engine/classification/reasons';
import {
  CLASSIFICATION_COLUMNS,
  CLASSIFICATION_WIDTH,
  classificationColumns,
} from '../../../electron/engine/classification/stored-columns';
import {
  decodeInput,
  encodeInput,
  encodeResult,
  INPUT_WIDTH,
} from '../../../electron/engine/ingest/classify-wire';
import { migrate } from '../../../electron/engine/db/migrate';
import { ARCHIVE_MIGRATIONS } from '../../../electron/engine/db/migrations/archive/index';

const ctx: ClassifyContext = {
  protectedRanges: [{ from: '2020-01-01T00:00:00.000Z', to: '2021-01-01T00:00:00.000Z' }],
  hasProtectedHistory: true,
  asOf: '2025-01-01T00:00:00.000Z',
  phoneRegion: null,
};

const base: ClassifyInput = {
  kind: 'post',
  postTypes: [],
  createdAt: '2024-12-01T10:00:00.000Z',
  deletedAt: null,
  text: 'hello',
  media: [],
  geo: null,
  mentions: [],
  inReplyToStatusId: null,
};

const inputs: Array<[string, ClassifyInput]> = [
  ['a plain public post', base],
  ['a post written while protected', { ...base, createdAt: '2020-06-01T00:00:00.000Z' }],
  [
    'a post with a phone number and a place',
    { ...base, text: 'call me on +44 20 7946 0958', geo: { placeName: 'Leeds' } },
  ],
  [
    'a reply with a photo',
    { ...base, postTypes: ['reply'], inReplyToStatusId: '9', mentions: ['bob'], media: [{ type: 'photo' }] },
  ],
  ['a like', { ...base, kind: 'like', text: 'I feel so depressed today' }],
  ['a direct message sent by the owner', { ...base, kind: 'directMessage', authoredBySelf: true }],
];

describe('the stored classification', () => {
  it('names the items table columns, in its order', () => {
    const db = new Database(':memory:');
    migrate(db, ARCHIVE_MIGRATIONS, 'test');
    const names = (
      db.prepare("SELECT name FROM pragma_table_info('items')").pluck().all() as string[]
    ).filter((n) => (CLASSIFICATION_COLUMNS as readonly string[]).includes(n));
    expect(names).toEqual([...CLASSIFICATION_COLUMNS]);
    db.close();
  });

  it.each(inputs)('is the same row from the worker and from the import thread: %s', (_name, input) => {
    const db = new Database(':memory:');
    migrate(db, ARCHIVE_MIGRATIONS, 'test');
    const store = new ReasonStore(db);
    const inline = classificationColumns(classifyItem(input, ctx), store.idFor(classifyItem(input, ctx)));

    // Across the wire: the input as flat values, the result with the worker's own reason key.
    const wire: unknown[] = [];
    encodeInput(input, wire);
    expect(wire).toHaveLength(INPUT_WIDTH);
    const keys = new ReasonKeys();
    const out: unknown[] = [];
    encodeResult(classifyItem(decodeInput(wire, 0), ctx), keys, out);
    expect(out).toHaveLength(CLASSIFICATION_WIDTH);
    const [[key, json]] = keys.takeNew() as [[number, string]];
    expect(out[5]).toBe(key);
    out[5] = store.idForJson(json);
    expect(out).toEqual(inline);
    db.close();
  });
});
