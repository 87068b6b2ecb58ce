/**
 * A large import classifies in its worker, which alone loads the language detector: the import's own
 * thread loads it only to classify the person's additions again, after that worker has gone. Run in a
 * fresh process, so that a step that classifies without loading it first fails here.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '../../fixtures/generator/index';
import { Engine, importArchive } from '../../../electron/engine/index';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { makeBookmarks, writeCsv } from '../bookmarks/bookmark-files';
import { tempDir } from './helpers';

const work = tempDir('xexp-detector-');
afterAll(() => work.cleanup());

function importInFreshProcess(archive: string, dataDir: string): ArchiveSummary {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'fresh-import.ts'), archive, dataDir],
    { encoding: 'utf8', timeout: 90_000 },
  );
  return JSON.parse(out) as ArchiveSummary;
}

describe('the language detector in an import', () => {
  it('re-imports an archive with long posts, bookmarks and corrected periods, classified as before', async () => {
    const { path: archive, counts } = await generateArchive({
      out: join(work.dir, 'archive.zip'),
      items: 3000,
      seed: 4,
      media: false,
    });
    expect(counts.longPosts).toBeGreaterThan(0);
    const dataDir = join(work.dir, 'data');
    const first = await importArchive(archive, { dataDir, classifyWorker: false });
    const bookmarks = join(work.dir, 'bookmarks.csv');
    writeCsv(bookmarks, makeBookmarks(1, 40));
    const engine = new Engine({ dataDir });
    let corrected: ArchiveSummary;
    try {
      engine.importBookmarks(first.archiveId, bookmarks);
      corrected = engine.setVisibility(first.archiveId, { ranges: [{ from: '2020-01-01', to: null }] });
    } finally {
      engine.close();
    }

    const again = importInFreshProcess(archive, dataDir);

    expect(again.archiveId).toBe(first.archiveId);
    expect(again.counts.bookmarks).toBe(40);
    expect(again.exposure).toEqual(corrected.exposure);
  });
});
