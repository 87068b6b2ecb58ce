import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIBRARY_MIGRATIONS } from '../../../electron/engine/db/migrations/library/index';
import { migrate } from '../../../electron/engine/db/migrate';
import {
  deleteProgress,
  readProgress,
  writeProgress,
} from '../../../electron/engine/checklist/progress-store';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  migrate(db, LIBRARY_MIGRATIONS, 'test library');
});
afterEach(() => db.close());

describe('checklist progress store', () => {
  it('stores a status with its date per account', () => {
    writeProgress(db, 'acc1', 'grokDataSharing', 'done', '2026-11-01T10:00:00.000Z');
    writeProgress(db, 'acc1', 'euRights', 'notApplicable', '2026-11-02T10:00:00.000Z');
    writeProgress(db, 'acc2', 'grokDataSharing', 'skipped', '2026-11-03T10:00:00.000Z');
    expect(readProgress(db, 'acc1')).toEqual({
      grokDataSharing: { status: 'done', updatedAt: '2026-11-01T10:00:00.000Z' },
      euRights: { status: 'notApplicable', updatedAt: '2026-11-02T10:00:00.000Z' },
    });
    expect(readProgress(db, 'acc2')).toEqual({
      grokDataSharing: { status: 'skipped', updatedAt: '2026-11-03T10:00:00.000Z' },
    });
  });

  it('replaces a status and forgets it when set back to todo', () => {
    writeProgress(db, 'acc1', 'grokHistory', 'skipped', '2026-11-01T10:00:00.000Z');
    writeProgress(db, 'acc1', 'grokHistory', 'done', '2026-11-05T10:00:00.000Z');
    expect(readProgress(db, 'acc1').grokHistory).toEqual({
      status: 'done',
      updatedAt: '2026-11-05T10:00:00.000Z',
    });
    writeProgress(db, 'acc1', 'grokHistory', 'todo', '2026-11-06T10:00:00.000Z');
    expect(readProgress(db, 'acc1')).toEqual({});
  });

  it('ignores rows of steps a later version removed, and refuses unknown statuses', () => {
    db.prepare("INSERT INTO checklist_progress VALUES ('acc1', 'retiredStep', 'done', '2026-01-01')").run();
    expect(readProgress(db, 'acc1')).toEqual({});
    expect(() =>
      db.prepare("INSERT INTO checklist_progress VALUES ('acc1', 'x', 'maybe', '2026-01-01')").run(),
    ).toThrow(/CHECK constraint/);
  });

  it('deletes an account’s progress', () => {
    writeProgress(db, 'acc1', 'leaveX', 'done', '2026-11-01T10:00:00.000Z');
    expect(deleteProgress(db, 'acc1')).toBe(1);
    expect(readProgress(db, 'acc1')).toEqual({});
  });
});
