/**
 * The import job: the engine worker runs each import in a thread of its own (parsing and the post-pass
 * would otherwise hold up every query), and records the summary in the library itself, its one writer.
 */
import type { ArchiveSummary } from '../../../shared/model/summary';
import type { Engine } from '../engine';
import { cancelledError, UserFacingError } from '../errors';
import type { FromImportWorker, ImportWorkerData } from '../worker/import-protocol';
import { startWorker } from '../worker/start-worker';
import type { JobContext } from './job-runner';
import type { JobProgressOf } from './job-types';

export async function runImportJob(
  engine: Engine,
  settings: Omit<ImportWorkerData, 'inputPath' | 'registerInLibrary'>,
  inputPath: string,
  ctx: JobContext<JobProgressOf<'import'>>,
): Promise<ArchiveSummary> {
  const workerData: ImportWorkerData = { ...settings, inputPath, registerInLibrary: false };
  const worker = startWorker('import-worker', { workerData });
  const cancel = () => worker.postMessage({ type: 'cancel' });
  ctx.signal.addEventListener('abort', cancel);
  try {
    const summary = await new Promise<ArchiveSummary>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
      };
      worker.on('message', (message: FromImportWorker) => {
        if (message.type === 'progress' && !settled) ctx.progress(message.progress);
        else if (message.type === 'done') settle(() => resolve(message.summary));
        // The worker's message is already written for a person (file, then problem).
        else if (message.type === 'error')
          settle(() => reject(new UserFacingError(message.code ?? 'INTERNAL', message.message)));
        else if (message.type === 'cancelled') settle(() => reject(cancelledError()));
      });
      worker.on('error', (error) => settle(() => reject(error)));
      worker.on('exit', () => settle(() => reject(new Error('the import thread exited'))));
    });
    engine.recordArchive(summary);
    return summary;
  } finally {
    ctx.signal.removeEventListener('abort', cancel);
  }
}
