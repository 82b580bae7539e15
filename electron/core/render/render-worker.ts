import { parentPort } from 'node:worker_threads';
import { answerWith } from '../threads/thread-protocol';
import { runRenderJob, type ToRenderWorker } from './render-jobs';

/*
 * The render thread: writes the core's heavy documents (PDF, XLSX) so that the core's own
 * thread keeps answering the window meanwhile. It holds no connection: the core reads the data
 * and sends it here; the bytes go back moved, not copied.
 */
const port = parentPort;
if (!port) throw new Error('render-worker.ts runs as a worker thread');

port.on('message', (message: ToRenderWorker) => {
  void answerWith(
    message.id,
    async () => new Uint8Array(await runRenderJob(message)),
    (reply, transfer) => port.postMessage(reply, transfer),
    (bytes) => [bytes.buffer as ArrayBuffer],
  );
});
