// The memory the scanning threads share, and the messages they pass. Batch claims decide who
// reads each batch (each batch is read by exactly one thread); the byte counter is the
// total-bytes budget; the progress counter tells the main thread that workers are alive.
import type { ReadNeed } from '../types/extractor.js';
import type { WalkEntry } from '../inventory/walk.js';
import type { BatchOutcome, ReadBudget } from './batch.js';

export const FREE = 0;
export const BY_WORKER = 1;
export const BY_MAIN = 2;
export const DONE = 3;

export interface SharedScanState {
  /** One slot per batch: FREE, BY_WORKER, BY_MAIN or DONE. */
  claims: Int32Array;
  /** [0]: bumped by a worker after every file and every batch. */
  progress: Int32Array;
  /** [0]: bytes read so far by all threads. */
  bytes: BigInt64Array;
}

export function createSharedState(maxBatches: number): SharedScanState {
  return {
    claims: new Int32Array(new SharedArrayBuffer(4 * maxBatches)),
    progress: new Int32Array(new SharedArrayBuffer(4)),
    bytes: new BigInt64Array(new SharedArrayBuffer(8)),
  };
}

/** Takes batch `k` for the caller if nobody has it yet. */
export function claim(state: SharedScanState, k: number, who: typeof BY_WORKER | typeof BY_MAIN): boolean {
  return Atomics.compareExchange(state.claims, k, FREE, who) === FREE;
}

export function sharedBudget(state: SharedScanState, maxTotalBytes: number, onRead?: () => void): ReadBudget {
  const max = BigInt(maxTotalBytes);
  return {
    spent: () => Atomics.load(state.bytes, 0) >= max,
    add: (n) => {
      Atomics.add(state.bytes, 0, BigInt(n));
      onRead?.();
    },
  };
}

/** What the worker is started with. */
export interface WorkerSetup {
  root: string;
  maxFileBytes: number;
  maxTotalBytes: number;
  state: SharedScanState;
}

/** Main thread → worker. */
export type ToWorker =
  { type: 'batch'; k: number; entries: WalkEntry[]; needs: ReadNeed[]; takers: number[] } | { type: 'end' };

/** Worker → main thread, on the result port. */
export interface FromWorker {
  k: number;
  outcome: BatchOutcome;
}
