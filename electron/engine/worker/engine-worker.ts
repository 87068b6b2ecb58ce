/**
 * Worker-thread entry of the engine: owns every SQLite connection (the library and each archive's
 * database), answers the calls of the protocol in protocol.ts and runs the long jobs. Started by
 * startEngine() (engine-client.ts) in the app's main process, the e2e harness and tests.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Engine } from '../engine';
import { UserFacingError } from '../errors';
import { JobRunner } from '../jobs/job-runner';
import { jobRunners } from '../jobs/runners';
import { MediaStreams } from './media-streams';
import { prepareClassifying } from '../classification/prepare';
import {
  DETECTING_CALLS,
  ENGINE_CALLS,
  type EngineWorkerData,
  type FromEngine,
  type ToEngine,
  type WireError,
} from './protocol';

const port = parentPort;
if (!port) throw new Error('engine-worker must run in a worker thread');
const settings = workerData as EngineWorkerData;
const send = (message: FromEngine, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer);
const callable = new Set<string>(ENGINE_CALLS);

function toWire(error: unknown): WireError {
  if (error instanceof UserFacingError)
    return {
      userFacing: true,
      code: error.code,
      message: error.message,
      ...(error.file !== undefined ? { file: error.file } : {}),
    };
  return { userFacing: false, message: error instanceof Error ? error.message : String(error) };
}

// A library the engine cannot open (a newer version's, say) answers every call and job with why.
let engine: Engine | null = null;
let startFailure: unknown = null;
try {
  engine = new Engine(settings);
} catch (error) {
  startFailure = error;
}
function theEngine(): Engine {
  if (!engine) throw startFailure;
  return engine;
}

const jobs = new JobRunner(
  jobRunners(theEngine, settings),
  (jobId, progress) => send({ type: 'job:progress', jobId, progress }),
  (jobId, end) => send({ type: 'job:end', jobId, end }),
);
const media = new MediaStreams(send);

async function answer(id: number, run: (engine: Engine) => unknown): Promise<void> {
  try {
    send({ type: 'result', id, ok: true, value: await run(theEngine()) });
  } catch (error) {
    send({ type: 'result', id, ok: false, error: toWire(error) });
  }
}

async function close(): Promise<void> {
  jobs.cancelAll();
  await jobs.idle();
  media.closeAll();
  engine?.close();
  send({ type: 'closed' });
  port!.close();
}

port.on('message', (message: ToEngine) => {
  switch (message.type) {
    case 'call':
      if (!callable.has(message.method)) {
        send({ type: 'result', id: message.id, ok: false, error: toWire(new Error('unknown call')) });
        return;
      }
      void answer(message.id, async (e) => {
        if (DETECTING_CALLS.has(message.method)) await prepareClassifying();
        return (e[message.method] as (...args: unknown[]) => unknown)(...message.args);
      });
      return;
    case 'job:start':
      jobs.start(message.jobId, message.kind, message.args, message.cancelCell);
      return;
    case 'job:cancel':
      jobs.cancel(message.jobId);
      return;
    case 'media:open':
      void answer(message.id, (e) => media.open(e, message.archiveId, message.archivePath));
      return;
    case 'media:read':
      void media.read(message.streamId);
      return;
    case 'media:close':
      media.close(message.streamId);
      return;
    case 'close':
      void close();
      return;
  }
});
send({ type: 'ready' });
