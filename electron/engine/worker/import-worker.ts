/** Worker-thread entry: runs one import off the engine's thread and reports back over the port. */
import { parentPort, workerData } from 'node:worker_threads';
// Straight from their modules, not the engine's index: that would load the whole engine (the
// report's renderer among it) into a thread that only imports.
import { describeForUser, UserFacingError } from '../errors';
import { importArchive } from '../ingest/import-archive';
import type { FromImportWorker, ImportWorkerData, ToImportWorker } from './import-protocol';

const port = parentPort;
if (!port) throw new Error('import-worker must run in a worker thread');
const data = workerData as ImportWorkerData;
const controller = new AbortController();
const send = (message: FromImportWorker) => port.postMessage(message);

port.on('message', (message: ToImportWorker) => {
  if (message.type === 'cancel') controller.abort();
});
// Every module is loaded by now: what follows is the import itself (the bench times the two apart).
send({ type: 'ready' });

importArchive(data.inputPath, {
  dataDir: data.dataDir,
  signal: controller.signal,
  onProgress: (progress) => send({ type: 'progress', progress }),
  sqliteNativeBinding: data.sqliteNativeBinding,
  registerInLibrary: data.registerInLibrary ?? true,
  replace: data.replace === true,
})
  .then(
    (summary) => send({ type: 'done', summary }),
    (error: unknown) => {
      if (controller.signal.aborted) send({ type: 'cancelled' });
      else if (error instanceof UserFacingError)
        send({ type: 'error', message: describeForUser(error), code: error.code });
      else send({ type: 'error', message: 'The import failed unexpectedly. Your library was not changed.' });
    },
  )
  // The listening port would keep this thread alive after the import: let it exit.
  .finally(() => port.close());
