import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RowBatch } from '../../../electron/engine/db/row-batch';

describe('RowBatch', () => {
  it.each([0, 1, 31, 32, 33, 100])('writes %i rows, full batches as they fill and the rest on flush', (n) => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, size REAL) STRICT');
    const rows = new RowBatch(db, 't', ['id', 'name', 'size']);
    const count = () => db.prepare('SELECT count(*) FROM t').pluck().get() as number;
    for (let i = 1; i <= n; i++) rows.add(i, i % 2 ? `row ${i}` : null, i / 2);
    expect(count()).toBe(Math.floor(n / 32) * 32);
    rows.flush();
    expect(count()).toBe(n);
    expect(db.prepare('SELECT id, name, size FROM t ORDER BY id').raw().all()).toEqual(
      Array.from({ length: n }, (_, k) => [k + 1, (k + 1) % 2 ? `row ${k + 1}` : null, (k + 1) / 2]),
    );
    rows.flush();
    expect(count()).toBe(n);
  });

  it('refuses a row of the wrong width', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (a INTEGER, b INTEGER) STRICT');
    expect(() => new RowBatch(db, 't', ['a', 'b']).add(1)).toThrow(/2 values/);
  });
});
