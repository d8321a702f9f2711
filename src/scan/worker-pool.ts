import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { Batch, BatchOutcome, ReadBudget } from './batch.js';
import {
  BY_MAIN,
  BY_WORKER,
  DONE,
  claim,
  createSharedState,
  packBatch,
  sharedBudget,
  type FromWorker,
  type SharedScanState,
  type ToWorker,
  type WorkerSetup,
} from './shared-state.js';

/** A worker that shows no progress for this long is given up on; the main thread redoes its batches. */
const STALL_MS = 60_000;
const WAIT_SLICE_MS = 200;

// Loaded when a pool starts: most scans (small repositories) never need it.
let threads: typeof import('node:worker_threads') | undefined;
const workerThreads = (): typeof import('node:worker_threads') =>
  (threads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'));

/**
 * The bundled worker script, beside the running bundle (dist/scan-worker.mjs). Run from the
 * TypeScript sources (tests) there is none, and the scan stays on one thread.
 */
function workerScript(): URL | null {
  const url = new URL('./scan-worker.mjs', import.meta.url);
  return url.protocol === 'file:' && fs.existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * Scanning threads beside the main one. The main thread posts each batch to every worker as
 * the walk makes it; workers claim batches from the first, the main thread (once its walk is
 * done) from the last, so they meet in the middle and each batch is read exactly once.
 */
export class WorkerPool {
  readonly budget: ReadBudget;
  private readonly workers: Worker[] = [];
  private readonly ports: MessagePort[] = [];
  private readonly state: SharedScanState;

  private constructor(script: URL, count: number, setup: Omit<WorkerSetup, 'state'>, maxBatches: number) {
    this.state = createSharedState(maxBatches);
    this.budget = sharedBudget(this.state, setup.maxTotalBytes);
    for (let i = 0; i < count; i++) {
      const { MessageChannel, Worker } = workerThreads();
      const { port1, port2 } = new MessageChannel();
      const worker = new Worker(script, {
        workerData: { ...setup, state: this.state, results: port2 },
        transferList: [port2],
      });
      // Never keeps the process alive, and a worker that fails only costs its share of the
      // work: its unfinished batches are redone on the main thread.
      worker.unref();
      worker.on('error', () => undefined);
      this.workers.push(worker);
      this.ports.push(port1);
    }
  }

  /** Workers for the scan, or null when there is no worker script or they cannot start. */
  static start(
    count: number,
    setup: Omit<WorkerSetup, 'state'>,
    maxBatches: number,
    script: URL | null = workerScript(),
  ): WorkerPool | null {
    if (count < 1 || script === null) return null;
    try {
      return new WorkerPool(script, count, setup, maxBatches);
    } catch {
      return null;
    }
  }

  post(k: number, batch: Batch): void {
    const message: ToWorker = { type: 'batch', k, ...packBatch(batch) };
    for (const worker of this.workers) worker.postMessage(message);
  }

  /** No more batches: workers finish what they hold and stop. */
  end(): void {
    for (const worker of this.workers) worker.postMessage({ type: 'end' } satisfies ToWorker);
  }

  /** Takes batch k for the main thread, unless a worker has it. */
  claimForMain(k: number): boolean {
    return claim(this.state, k, BY_MAIN);
  }

  /**
   * Waits for the batches workers claimed and returns what they gave, and how many workers
   * took part. A batch missing from the result (its worker failed on it, or stalled) is for
   * the caller to read.
   */
  collect(batchCount: number): { outcomes: Map<number, BatchOutcome>; helped: number } {
    const working = (): boolean => {
      for (let k = 0; k < batchCount; k++) if (Atomics.load(this.state.claims, k) === BY_WORKER) return true;
      return false;
    };
    let seen = Atomics.load(this.state.progress, 0);
    let quietSince = Date.now();
    while (working() && Date.now() - quietSince <= STALL_MS) {
      Atomics.wait(this.state.progress, 0, seen, WAIT_SLICE_MS);
      const now = Atomics.load(this.state.progress, 0);
      if (now !== seen) {
        seen = now;
        quietSince = Date.now();
      }
    }
    const outcomes = new Map<number, BatchOutcome>();
    let helped = 0;
    for (const port of this.ports) {
      let gave = false;
      const { receiveMessageOnPort } = workerThreads();
      for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) {
        const { k, outcome } = m.message as FromWorker;
        // A result posted just before the stall deadline passed is taken only if marked done.
        if (Atomics.load(this.state.claims, k) !== DONE) continue;
        outcomes.set(k, outcome);
        gave = true;
      }
      if (gave) helped++;
    }
    return { outcomes, helped };
  }

  close(): void {
    for (const port of this.ports) port.close();
    for (const worker of this.workers) void worker.terminate();
  }
}
