/** Worker-thread entry: classifies batches of items for an import running on another thread. */
import { parentPort } from 'node:worker_threads';
import type { ClassifyContext } from '../../../shared/exposure/types';
import { classifyItem } from '../../../shared/exposure/classify';
import { prepareClassifying } from '../classification/prepare';
import { detectorLanguage } from '../../../shared/exposure/language/detector';
import { INPUT_WIDTH, decodeInput, encodeResult } from './classify-wire';
import { ReasonKeys } from '../classification/reasons';

export type ToClassifier =
  | { type: 'context'; ctx: ClassifyContext }
  | { type: 'batch'; data: unknown[] }
  | { type: 'detect'; texts: string[] };
export type FromClassifier =
  | { type: 'ready' }
  | { type: 'result'; data: unknown[]; reasons: Array<[number, string]> }
  | { type: 'languages'; languages: Array<string | null> };

const port = parentPort;
if (!port) throw new Error('classify-worker must run in a worker thread');
// No priority of its own: a thread starts with the priority of the thread that started it, so this one
// runs at the import's (lowered in the app's import thread, normal in the command line's import, where
// lowering it left the import waiting on its own helper whenever anything else wanted the CPU).
let ctx: ClassifyContext | null = null;
const keys = new ReasonKeys();

function handle(m: ToClassifier): void {
  if (m.type === 'context') {
    ctx = m.ctx;
    return;
  }
  if (m.type === 'detect') {
    port!.postMessage({
      type: 'languages',
      languages: m.texts.map(detectorLanguage),
    } satisfies FromClassifier);
    return;
  }
  if (!ctx) throw new Error('no classification context');
  const out: unknown[] = [];
  for (let at = 0; at < m.data.length; at += INPUT_WIDTH)
    encodeResult(classifyItem(decodeInput(m.data, at), ctx), keys, out);
  const reply: FromClassifier = { type: 'result', data: out, reasons: keys.takeNew() };
  port!.postMessage(reply);
}

// This thread exists to classify: the detector loads at once, while the import reads its first
// files, and messages that arrive meanwhile wait for it, in order. A failure ends the thread.
let queue = prepareClassifying();
const fail = (error: unknown): void => {
  setImmediate(() => {
    throw error;
  });
};
port.on('message', (m: ToClassifier) => {
  queue = queue.then(() => handle(m)).catch(fail);
});
port.postMessage({ type: 'ready' } satisfies FromClassifier);
