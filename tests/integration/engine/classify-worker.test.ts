import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { generateArchive } from '../../fixtures/generator/index';
import { importArchive } from '../../../electron/engine/index';
import { spawnClassifyWorker } from '../../../electron/engine/ingest/classifier';
import { tempDir } from './helpers';

const work = tempDir('xexp-worker-');
afterAll(() => work.cleanup());

function classifications(dataDir: string, archiveId: string): unknown[] {
  const db = new Database(join(dataDir, 'archives', `${archiveId}.sqlite`), { readonly: true });
  try {
    return db
      .prepare(
        `SELECT i.id, i.kind, i.post_types, i.channels, i.flags, i.level, i.visibility, i.public_since_cutoff,
           r.json, i.evidence FROM items i JOIN classification_reasons r ON r.id = i.reasons_id ORDER BY i.id`,
      )
      .raw()
      .all();
  } finally {
    db.close();
  }
}

describe('classification on a worker thread', () => {
  it('can start from TypeScript sources', async () => {
    const worker = spawnClassifyWorker();
    expect(worker).not.toBeNull();
    await worker!.terminate();
  });

  it('stores exactly what classifying on the import thread stores', async () => {
    const archive = join(work.dir, 'a.zip');
    await generateArchive({ out: archive, layout: 'modern', items: 3000, seed: 4 });
    const inline = await importArchive(archive, { dataDir: join(work.dir, 'inline'), classifyWorker: false });
    const worker = await importArchive(archive, { dataDir: join(work.dir, 'worker'), classifyWorker: true });
    expect(worker.exposure).toEqual(inline.exposure);
    expect(worker.counts).toEqual(inline.counts);
    const a = classifications(join(work.dir, 'inline'), inline.archiveId);
    const b = classifications(join(work.dir, 'worker'), worker.archiveId);
    expect(b.length).toBe(a.length);
    expect(b).toEqual(a);
  });
});
