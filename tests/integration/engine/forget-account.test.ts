import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine, importArchive } from '../../../electron/engine/index';
import { generateArchive } from '../../fixtures/generator/index';
import { copyFixture, readExpectations } from '../schema/schema-fixtures';

/**
 * Forgetting an account's last archive removes what the library keeps about the account (checklist
 * progress and deletion list); while another archive of the account remains, they stay.
 * The starting library: the v33bc953 fixture, one archive with progress and a deletion list.
 */
const FIXTURE = 'v33bc953';
const expected = readExpectations(FIXTURE);
const archiveId = expected.archiveId;

let dataDir: string;
let engine: Engine;

beforeEach(() => {
  dataDir = copyFixture(FIXTURE);
  engine = new Engine({ dataDir });
});
afterEach(() => {
  engine.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What the library holds for the account: progress rows and deletion-list rows. */
function kept(): { progress: number; residence: number; deletionList: number } {
  const library = new Database(join(dataDir, 'library.sqlite'), { readonly: true });
  try {
    const count = (table: string) =>
      library.prepare(`SELECT count(*) FROM ${table} WHERE account_id = ?`).pluck().get(expected.accountId);
    return {
      progress: count('checklist_progress') as number,
      residence: count('account_residence') as number,
      deletionList: count('deletion_list') as number,
    };
  } finally {
    library.close();
  }
}

function progressCount(): number {
  return engine.getChecklist(archiveId).steps.filter((s) => s.progress.status !== 'todo').length;
}

describe('forgetting an archive', () => {
  it("removes the account's checklist progress and deletion list with its last archive", async () => {
    expect(progressCount()).toBe(expected.progress.length);
    engine.setResidence(archiveId, 'eu');
    expect(kept().residence).toBe(1);
    engine.forget(archiveId);
    expect(kept()).toEqual({ progress: 0, residence: 0, deletionList: 0 });
    engine.close();

    // The same archive imported again starts with a clean slate for the account.
    const again = await generateArchive({
      out: join(dataDir, 'again.zip'),
      items: 400,
      seed: 33,
      media: false,
    });
    const summary = await importArchive(again.path, { dataDir });
    expect(summary.account.accountId).toBe(expected.accountId);
    engine = new Engine({ dataDir });
    expect(engine.getChecklist(summary.archiveId).steps.every((s) => s.progress.status === 'todo')).toBe(
      true,
    );
    const other = await generateArchive({
      out: join(dataDir, 'other.zip'),
      items: 400,
      seed: 33,
      media: false,
      generationDate: '2026-10-01T00:00:00.000Z',
    });
    const newer = await importArchive(other.path, { dataDir });
    expect(engine.compareArchives(summary.archiveId, newer.archiveId).deletionList.listed).toBe(0);
  });

  it('keeps them while another archive of the account remains', async () => {
    const other = await generateArchive({
      out: join(dataDir, 'other.zip'),
      items: 400,
      seed: 33,
      media: false,
      generationDate: '2026-10-01T00:00:00.000Z',
    });
    const newer = await importArchive(other.path, { dataDir });
    expect(newer.account.accountId).toBe(expected.accountId);
    expect(newer.archiveId).not.toBe(archiveId);

    engine.setResidence(archiveId, 'canada');
    engine.forget(archiveId);
    expect(engine.getChecklist(newer.archiveId).rights.residence).toBe('canada');
    expect(
      engine.getChecklist(newer.archiveId).steps.filter((s) => s.progress.status !== 'todo'),
    ).toHaveLength(expected.progress.length);
    expect(kept()).toEqual({
      progress: expected.progress.length,
      residence: 1,
      deletionList: expected.deletionList.length,
    });
    engine.forget(newer.archiveId);
    expect(engine.listArchives()).toEqual([]);
    expect(kept()).toEqual({ progress: 0, residence: 0, deletionList: 0 });
  });
});
