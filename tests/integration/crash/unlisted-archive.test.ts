import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { Engine, importArchive } from '../../../electron/engine/index';
import { archiveDbPath, libraryDbPath } from '../../../electron/engine/library/paths';
import { generateArchive } from '../../fixtures/generator/index';
import { tempDir } from '../engine/helpers';

/**
 * An import moves its finished database into place, then writes the library entry. A process
 * killed between the two must not leave a complete archive that no screen lists.
 */
const work = tempDir('xexp-unlisted-');
const dataDir = join(work.dir, 'data');
let summary: ArchiveSummary;

beforeAll(async () => {
  const generated = await generateArchive({
    out: join(work.dir, 'archive'),
    layout: 'modern',
    items: 500,
    seed: 3,
  });
  summary = await importArchive(generated.path, { dataDir });
}, 60_000);

afterAll(() => work.cleanup());

function dropLibraryEntry(archiveId: string): void {
  const library = new Database(libraryDbPath(dataDir));
  library.prepare('DELETE FROM archives WHERE archive_id = ?').run(archiveId);
  library.close();
}

describe('an archive database without its library entry', () => {
  it('is listed again, from its own summary, when the engine next starts', () => {
    dropLibraryEntry(summary.archiveId);
    const engine = new Engine({ dataDir });
    try {
      const [entry] = engine.listArchives();
      expect(entry?.archiveId).toBe(summary.archiveId);
      expect(entry?.counts).toEqual(summary.counts);
      expect(engine.getSummary(summary.archiveId)).toEqual(summary);
      expect(engine.queryItems({ archiveId: summary.archiveId, limit: 5 }).total).toBeGreaterThan(0);
    } finally {
      engine.close();
    }
  });

  it('is not brought back after the user forgets the archive', () => {
    const engine = new Engine({ dataDir });
    engine.forget(summary.archiveId);
    engine.close();
    expect(existsSync(archiveDbPath(dataDir, summary.archiveId))).toBe(false);
    const next = new Engine({ dataDir });
    try {
      expect(next.listArchives()).toEqual([]);
    } finally {
      next.close();
    }
  });
});
