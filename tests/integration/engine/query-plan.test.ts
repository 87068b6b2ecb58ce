/**
 * A query is planned once: its page, its counts and the kind checkboxes' counts share one plan, so the
 * archive's kind ranges and the stored flag values are read once per query, not once per part.
 */
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Connections } from '../../../electron/engine/connections';
import { importArchive } from '../../../electron/engine/index';
import { LibraryService } from '../../../electron/engine/services/library-service';
import { QueryService } from '../../../electron/engine/services/query-service';
import type { ItemQuery } from '../../../shared/model/items';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { generateArchive } from '../../fixtures/generator/index';
import { tempDir } from './helpers';

const work = tempDir('xexp-plan-');
let summary: ArchiveSummary;

beforeAll(async () => {
  const archive = await generateArchive({ out: join(work.dir, 'a'), items: 4000, seed: 8, media: false });
  summary = await importArchive(archive.path, { dataDir: join(work.dir, 'data') });
});
afterAll(() => work.cleanup());

/** A fresh query service (nothing cached) and the SQL its archive connection prepares. */
function recorded() {
  const conn = new Connections({ dataDir: join(work.dir, 'data') });
  const queries = new QueryService(conn, new LibraryService(conn));
  const db: Database = conn.archive(summary.archiveId);
  const sql: string[] = [];
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    sql.push(source);
    return prepare(source);
  }) as Database['prepare'];
  return { conn, queries, sql };
}

const cases: Array<[string, Omit<ItemQuery, 'archiveId'>]> = [
  ['flags, kinds and words', { flags: ['contact', 'emotional'], kinds: ['post', 'like'], text: 'the' }],
  ['flags and kinds', { flags: ['contact', 'media'], kinds: ['post'] }],
  ['flags, a date range and words', { flags: ['media'], from: '2015-01-01', to: '2024-06-30', text: 'a' }],
];

describe('one plan per query', () => {
  it.each(cases)('%s: kind ranges and flag values are read once', (_name, q) => {
    const { conn, queries, sql } = recorded();
    try {
      const page = queries.queryItems({ ...q, archiveId: summary.archiveId, limit: 50 });
      expect(page.total).toBeGreaterThanOrEqual(0);
      expect(sql.filter((s) => s.includes('FROM meta')).length).toBe(1);
      expect(sql.filter((s) => s.includes('DISTINCT flags')).length).toBe(1);
      expect(sql.filter((s) => s.includes('MATCH')).length).toBeLessThanOrEqual(1);
    } finally {
      conn.close();
    }
  });
});
