/**
 * The engine worker's protocol, as the app's main process and the e2e harness use it: calls answered
 * in their thread, errors written for a person crossing intact, media streamed in chunks, and a
 * library the engine cannot open answered with why.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArchive, UserFacingError } from '../../../electron/engine/index';
import { LIBRARY_MIGRATIONS } from '../../../electron/engine/db/migrations/library/index';
import { createRequestHandlers, dispatchRequest } from '../../../electron/engine/service/handlers';
import { startEngine, type EngineClient } from '../../../electron/engine/worker/engine-client';
import type { ArchiveSummary } from '../../../shared/model/summary';
import { generateArchive } from '../../fixtures/generator/index';

const quiet = { progress() {}, end() {} };

describe('the engine worker', () => {
  let root: string;
  let dataDir: string;
  let summary: ArchiveSummary;
  let client: EngineClient;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'xe-engine-worker-'));
    dataDir = join(root, 'data');
    const archive = await generateArchive({ out: join(root, 'a.zip'), items: 400, seed: 11 });
    summary = await importArchive(archive.path, { dataDir });
    client = startEngine({ dataDir, jobs: quiet });
  });
  afterAll(async () => {
    await client.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers calls from its own thread with the same results as the engine in process', async () => {
    const [entry] = await client.engine.listArchives();
    expect(entry!.archiveId).toBe(summary.archiveId);
    const page = await client.engine.queryItems({ archiveId: summary.archiveId, limit: 3 });
    expect(page.rows).toHaveLength(3);
    const detail = await client.engine.getItemDetail(summary.archiveId, page.rows[0]!.id);
    expect(detail.id).toBe(page.rows[0]!.id);
  });

  it('passes an error written for a person across intact, and the request handlers show it', async () => {
    const error = await client.engine.getSummary('nosuch').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).code).toBe('NOT_FOUND');
    const handlers = createRequestHandlers({
      engine: client.engine,
      jobs: client,
      host: {
        pickArchive: async () => null,
        pickOpenFile: async () => null,
        pickSavePath: async () => null,
        openExternal: async () => {},
        printToPdf: async () => new Uint8Array(),
      },
    });
    await expect(dispatchRequest(handlers, 'archive:summary', { archiveId: 'nosuch' })).rejects.toThrow(
      'no imported archive with id nosuch',
    );
  });

  it('streams a media file from the archive, chunk by chunk', async () => {
    const page = await client.engine.queryItems({
      archiveId: summary.archiveId,
      flags: ['media'],
      limit: 50,
    });
    let path: string | undefined;
    for (const row of page.rows) {
      const detail = await client.engine.getItemDetail(summary.archiveId, row.id);
      path = detail.media.find((m) => m.archivePath)?.archivePath ?? undefined;
      if (path) break;
    }
    expect(path).toBeDefined();
    const file = await client.engine.openMedia(summary.archiveId, path!);
    const chunks: Buffer[] = [];
    for await (const chunk of file.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).length).toBe(file.size);
    await expect(client.engine.openMedia(summary.archiveId, 'data/../../etc/passwd')).rejects.toThrow(
      'no such media file',
    );
  });

  it('answers every call and job with why when the library is from a newer version', async () => {
    const newer = join(root, 'newer');
    mkdirSync(newer, { recursive: true });
    const db = new Database(join(newer, 'library.sqlite'));
    db.pragma(`user_version = ${LIBRARY_MIGRATIONS.length + 5}`);
    db.close();
    let ended: unknown = null;
    const refused = startEngine({
      dataDir: newer,
      jobs: { progress() {}, end: (_id, _kind, end) => (ended = end) },
    });
    try {
      await expect(refused.engine.listArchives()).rejects.toThrow(/newer version/i);
      refused.startJob('import', { path: join(root, 'a.zip') });
      await expect
        .poll(() => ended)
        .toMatchObject({ outcome: 'error', message: expect.stringMatching(/newer/i) });
    } finally {
      await refused.close();
    }
    expect(readFileSync(join(newer, 'library.sqlite')).length).toBeGreaterThan(0);
  });

  it('answers the calls made before it closes, and refuses those after', async () => {
    const other = startEngine({ dataDir, jobs: quiet });
    const answered = other.engine.listArchives();
    const closing = other.close();
    await expect(answered).resolves.toHaveLength(1);
    await expect(other.engine.listArchives()).rejects.toThrow(/closed/);
    await closing;
  });
});
