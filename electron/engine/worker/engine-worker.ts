/** Worker-thread entry: runs one import off the main event loop and reports back over the port. */
import { parentPort, workerData } from 'node:worker_threads';
import { describeForUser } from '../errors';
import { importArchive, UserFacingError } from '../index';
import type { FromWorker, ImportWorkerData, ToWorker } from './protocol';

const port = parentPort;
if (!port) throw new Error('engine-worker must run in a worker thread');
const data = workerData as ImportWorkerData;
const controller = new AbortController();
const send = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  if (message.type === 'cancel') controller.abort();
});

importArchive(data.inputPath, {
  dataDir: data.dataDir,
  signal: controller.signal,
  onProgress: (progress) => send({ type: 'progress', progress }),
  sqliteNativeBinding: data.sqliteNativeBinding,
})
  .then(
    (summary) => send({ type: 'done', summary }),
    (error: unknown) => {
      if (controller.signal.aborted) send({ type: 'cancelled' });
      else if (error instanceof UserFacingError) send({ type: 'error', message: describeForUser(error) });
      else send({ type: 'error', message: 'The import failed unexpectedly. Your library was not changed.' });
    },
  )
  // The listening port would keep this thread (and its engine) alive after the import: let it exit.
  .finally(() => port.close());
