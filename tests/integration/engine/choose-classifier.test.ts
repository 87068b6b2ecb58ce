import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { migrate } from '../../../electron/engine/db/migrate';
import { ARCHIVE_MIGRATIONS } from '../../../electron/engine/db/migrations/archive/index';
import { InlineClassifier, WorkerClassifier } from '../../../electron/engine/ingest/classifier';
import { classifierFor, startWorkerEarly } from '../../../electron/engine/ingest/choose-classifier';
import { classifyContextFor } from '../../../electron/engine/classification/context';
import { tempDir } from './helpers';

const work = tempDir('xexp-choose-');
afterAll(() => work.cleanup());

const MB = 1024 * 1024;

function archiveDb(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, ARCHIVE_MIGRATIONS, 'test');
  return db;
}

function zipOf(name: string, bytes: number): string {
  const path = join(work.dir, name);
  writeFileSync(path, Buffer.alloc(bytes));
  return path;
}

const exited = (worker: Worker) => new Promise<number>((resolve) => worker.once('exit', resolve));

describe('choosing where an import classifies', () => {
  it('starts no worker early for a small zip, a folder or a missing path', () => {
    expect(startWorkerEarly(zipOf('small.zip', 1 * MB), undefined)).toBeNull();
    expect(startWorkerEarly(work.dir, undefined)).toBeNull();
    expect(startWorkerEarly(join(work.dir, 'missing.zip'), undefined)).toBeNull();
    expect(startWorkerEarly(zipOf('big-but-inline.zip', 8 * MB), false)).toBeNull();
  });

  it('uses the worker started early for a large zip with much data', async () => {
    const early = startWorkerEarly(zipOf('big.zip', 8 * MB), undefined);
    expect(early).not.toBeNull();
    const classifier = await classifierFor(archiveDb(), 64 * MB, undefined, early);
    expect(classifier).toBeInstanceOf(WorkerClassifier);
    const gone = exited(early!);
    await classifier.close();
    await gone;
  });

  it('stops the early worker when the zip holds little data (its media made it large)', async () => {
    const early = startWorkerEarly(zipOf('media.zip', 8 * MB), undefined)!;
    const gone = exited(early);
    const classifier = await classifierFor(archiveDb(), 1 * MB, undefined, early);
    expect(classifier).toBeInstanceOf(InlineClassifier);
    await gone;
  });

  it('starts a new worker when the early one stopped before the import took it', async () => {
    const early = startWorkerEarly(zipOf('stopped.zip', 8 * MB), undefined)!;
    await early.terminate();
    const db = archiveDb();
    const classifier = await classifierFor(db, 64 * MB, undefined, early);
    expect(classifier).toBeInstanceOf(WorkerClassifier);
    // The new worker classifies: an item goes through and its columns come back.
    classifier.setContext(classifyContextFor([], null, '2026-01-01T00:00:00.000Z'));
    const columns: unknown[] = [];
    classifier.submit(
      {
        kind: 'post',
        postTypes: ['original'],
        createdAt: '2025-06-01T10:00:00.000Z',
        deletedAt: null,
        text: 'Call me on +44 20 7946 0958',
        media: [],
        geo: null,
        mentions: [],
        inReplyToStatusId: null,
        lang: 'en',
      },
      (cols) => columns.push(cols),
    );
    await classifier.drain();
    await classifier.close();
    expect(columns).toHaveLength(1);
  });
});
