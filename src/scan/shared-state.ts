// The memory the scanning threads share, and the messages they pass. Batch claims decide who
// reads each batch (each batch is read by exactly one thread); the byte counter is the
// total-bytes budget; the progress counter tells the main thread that workers are alive.
import type { ReadNeed } from '../types/extractor.js';
import { fileInfo, type WalkEntry } from '../inventory/walk.js';
import type { Batch, BatchOutcome, ReadBudget } from './batch.js';

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

/**
 * Main thread → worker. A batch travels as a few strings and one byte array: copying those
 * between threads is a memory copy, while an array of entry objects is cloned field by field.
 */
export type ToWorker = ({ type: 'batch'; k: number } & PackedBatch) | { type: 'end' };

export interface PackedBatch {
  /** The paths, NUL-separated (a path cannot hold NUL). */
  paths: string;
  /** "index NUL target" NUL-separated, for the symlinks among them; usually empty. */
  targets: string;
  /** One letter per file: t(ext), h(ead), m(eta). */
  needs: string;
  /** One bit per extractor (up to 32 of them). */
  takers: Uint32Array;
}

const NEED_LETTER: Record<ReadNeed, string> = { text: 't', head: 'h', meta: 'm' };
const NEED_OF: Record<string, ReadNeed> = { t: 'text', h: 'head', m: 'meta' };

export function packBatch(batch: Batch): PackedBatch {
  const targets: string[] = [];
  batch.entries.forEach((e, i) => {
    if (e.target !== undefined) targets.push(String(i), e.target);
  });
  return {
    paths: batch.entries.map((e) => e.path).join('\0'),
    targets: targets.join('\0'),
    needs: batch.needs.map((n) => NEED_LETTER[n]).join(''),
    takers: Uint32Array.from(batch.takers),
  };
}

export function unpackBatch(packed: PackedBatch): Batch {
  const entries: WalkEntry[] = packed.paths.split('\0').map((p) => fileInfo(p));
  const targets = packed.targets === '' ? [] : packed.targets.split('\0');
  for (let j = 0; j + 1 < targets.length; j += 2) {
    const entry = entries[Number(targets[j])];
    if (entry) entry.target = targets[j + 1];
  }
  return {
    entries,
    needs: Array.from(packed.needs, (c) => NEED_OF[c] ?? 'meta'),
    takers: Array.from(packed.takers),
  };
}

/** Worker → main thread, on the result port. */
export interface FromWorker {
  k: number;
  outcome: BatchOutcome;
}
