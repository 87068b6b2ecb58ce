/**
 * Drives the engine as the app does, for the offline test (run under no-network.mjs, and under strace):
 * an import in the main thread, one through the engine worker's import job, then every kind of query,
 * item detail with a revealed DM, a media file, the CSV export and the HTML report.
 *   node --import tsx --import ./tests/integration/offline/no-network.mjs \
 *     tests/integration/offline/run-engine.ts <archive> <workDir>
 * Prints one JSON line with what it did.
 */
import { join } from 'node:path';
import { Engine, importArchive } from '../../../electron/engine/index';
import { jobEvents, type EmitEvent } from '../../../electron/engine/jobs/job-events';
import { startEngine } from '../../../electron/engine/worker/engine-client';
import { writeReportHtml } from '../../../electron/engine/report/index';
import { prepareClassifying } from '../../../electron/engine/classification/prepare';
import type { ImportOutcome } from '../../../shared/model/progress';

async function importInWorker(archive: string, dataDir: string): Promise<ImportOutcome> {
  let client: ReturnType<typeof startEngine> | null = null;
  const outcome = await new Promise<ImportOutcome>((resolve) => {
    const emit: EmitEvent = (channel, payload) => {
      if (channel === 'import:finished') resolve(payload as ImportOutcome);
    };
    client = startEngine({ dataDir, jobs: jobEvents(emit) });
    client.startJob('import', { path: archive });
  });
  await client!.close();
  return outcome;
}

async function main(): Promise<void> {
  const [archive, workDir] = process.argv.slice(2);
  if (!archive || !workDir) throw new Error('usage: run-engine.ts <archive> <workDir>');
  const dataDir = join(workDir, 'data');
  const summary = await importArchive(archive, { dataDir });
  const viaWorker = await importInWorker(archive, join(workDir, 'worker-data'));
  if (viaWorker.outcome !== 'done') throw new Error(`worker import ended with ${viaWorker.outcome}`);

  const engine = new Engine({ dataDir });
  try {
    const id = summary.archiveId;
    engine.listArchives();
    engine.getSummary(id);
    engine.getOverview(id);
    engine.getVisibility(id);
    const all = engine.queryItems({ archiveId: id, limit: 200 });
    engine.queryItems({ archiveId: id, text: 'the', limit: 50 });
    engine.queryItems({ archiveId: id, kinds: ['directMessage'], limit: 50 });
    engine.queryItems({ archiveId: id, flags: ['media'], sort: 'dateAsc', limit: 50 });
    let details = 0;
    let media = 0;
    for (const row of all.rows.slice(0, 100)) {
      const detail = engine.getItemDetail(id, row.id, true);
      details++;
      const path = detail.media.find((m) => m.archivePath)?.archivePath;
      if (path && media < 3) {
        const file = await engine.openMedia(id, path);
        for await (const _chunk of file.stream) void _chunk;
        media++;
      }
    }
    const csvRows = engine.exportItemsCsv(id, 'all', join(workDir, 'items.csv'));
    // The report checks interests: the detector loads first, as the command line's report does.
    await prepareClassifying();
    writeReportHtml(engine, id, { redactText: false, paper: 'a4' }, join(workDir, 'report.html'));
    process.stdout.write(
      `${JSON.stringify({ archiveId: id, counts: summary.counts, workerCounts: viaWorker.summary.counts, details, media, csvRows })}\n`,
    );
  } finally {
    engine.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
