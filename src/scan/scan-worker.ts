// Entry point of a scanning thread (bundled as dist/scan-worker.mjs). It receives the batches
// as the main thread's walk makes them, reads and extracts those it manages to claim, and
// posts what they gave. It runs only our extractors on files' contents; nothing from the
// repository is ever executed.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { defaultExtractors } from '../extract/index.js';
import { extractBatch } from './batch.js';
import {
  BY_WORKER,
  DONE,
  claim,
  sharedBudget,
  unpackBatch,
  type FromWorker,
  type ToWorker,
  type WorkerSetup,
} from './shared-state.js';

const { root, maxFileBytes, maxTotalBytes, state, results } = workerData as WorkerSetup & {
  results: MessagePort;
};
const budget = sharedBudget(state, maxTotalBytes, bump);
const queue: Array<Extract<ToWorker, { type: 'batch' }>> = [];
let next = 0;
let ended = false;
let scheduled = false;

function bump(): void {
  Atomics.add(state.progress, 0, 1);
  Atomics.notify(state.progress, 0);
}

// One batch per turn of the event loop, so new batches keep arriving while we work.
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(step);
}

function step(): void {
  scheduled = false;
  const item = queue[next];
  if (item === undefined) {
    if (ended) {
      parentPort?.close();
      results.close();
    }
    return;
  }
  queue[next++] = undefined as never; // let the batch go once handled
  if (claim(state, item.k, BY_WORKER)) {
    try {
      const outcome = extractBatch(
        root,
        unpackBatch(item),
        defaultExtractors,
        { maxFileBytes },
        budget,
        false,
      );
      const message: FromWorker = { k: item.k, outcome };
      results.postMessage(message);
    } catch {
      // Nothing posted: the main thread reads this batch itself.
    } finally {
      Atomics.store(state.claims, item.k, DONE);
      bump();
    }
  }
  schedule();
}

parentPort?.on('message', (message: ToWorker) => {
  if (message.type === 'batch') queue.push(message);
  else ended = true;
  schedule();
});
