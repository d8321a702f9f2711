import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Evidence, ScanWarning } from './types/evidence.js';
import type { Extractor } from './types/extractor.js';
import { DEFAULT_MAX_FILES, walk, type WalkEntry } from './inventory/walk.js';
import { DEFAULT_MAX_FILE_BYTES, HEAD_BYTES } from './inventory/read-file.js';
import { defaultExtractors } from './extract/index.js';
import {
  emptyBatch,
  extractBatch,
  wantsOf,
  type Batch,
  type BatchOutcome,
  type ReadBudget,
} from './scan/batch.js';
import { mergeOutcomes } from './scan/merge.js';
import { WorkerPool } from './scan/worker-pool.js';

export interface ScanOptions {
  /** gitignore-style patterns to leave out, relative to the root. */
  ignore?: readonly string[];
  maxFileBytes?: number;
  maxFiles?: number;
  /** Stop reading once this many bytes have been read in all (default 512 MiB). */
  maxTotalBytes?: number;
  extractors?: readonly Extractor[];
  /**
   * Threads that read and extract (1 = this thread only). By default the CPUs available, at
   * most 4, once the repository has some thousands of files; one thread below that.
   */
  threads?: number;
  /** Honour .gitignore files (default true); false for a tree that holds committed files only (a `git archive`). */
  gitignore?: boolean;
}

export interface ScanResult {
  /** Files the walk listed (after ignores). */
  filesSeen: number;
  /** Files whose content or size was looked at by some extractor. */
  filesRead: number;
  bytesRead: number;
  evidence: Evidence[];
  warnings: ScanWarning[];
  /** Threads that read files: 1, plus each worker thread that took part. */
  threads: number;
}

export const DEFAULT_MAX_TOTAL_BYTES = 512 * 1024 * 1024;
const NAMED_UNREAD = 10;
/** Files per unit of work handed between threads. */
const BATCH_FILES = 16;
/**
 * Files listed before worker threads start, unless a number of threads was asked for. A
 * thread loads its own copy of the bundle (some 50 ms of a core): below about ten thousand
 * small files one thread finishes first (measured on 2 cores), so small and medium
 * repositories never start one.
 */
const WORKERS_FROM_FILES = 8192;
/** Or once the files to read hold this much (each counted up to the per-file limit). */
const WORKERS_FROM_BYTES = 16 * 1024 * 1024;
/** A notebook's bytes per byte of it that is decoded and searched (outputs emptied; measured about 4 on cookbooks). */
const NOTEBOOK_SHARE_READ = 4;
const MAX_THREADS = 4;

function defaultThreads(): number {
  return Math.max(1, Math.min(MAX_THREADS, os.availableParallelism()));
}

/**
 * inventory + extract: walks the tree, reads what the extractors ask for, and collects their
 * evidence. Reading and extracting run in batches of files; once a full batch is listed and
 * the bundled worker script is there, worker threads take batches while the walk goes on.
 * The result is the same, in the same order, with any number of threads.
 */
export function scanDirectory(root: string, options: ScanOptions = {}): ScanResult {
  const extractors = options.extractors ?? defaultExtractors;
  const limits = { maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES };
  const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const realRoot = fs.realpathSync(root);
  // Workers run the default extractors only: a custom list (tests) stays on this thread.
  const workerCount = extractors === defaultExtractors ? (options.threads ?? defaultThreads()) - 1 : 0;
  let pool: WorkerPool | null = null;
  let poolTried = false;
  const workersFrom = options.threads === undefined ? WORKERS_FROM_FILES : BATCH_FILES;

  const batches: Batch[] = [];
  let current = emptyBatch();
  const startPool = (): void => {
    // Workers start and take every batch listed so far.
    poolTried = true;
    const maxBatches = Math.ceil((options.maxFiles ?? DEFAULT_MAX_FILES) / BATCH_FILES) + 1;
    pool = WorkerPool.start(
      workerCount,
      { root: realRoot, maxFileBytes: limits.maxFileBytes, maxTotalBytes: maxTotal },
      maxBatches,
    );
    batches.forEach((batch, k) => pool?.post(k, batch));
  };
  const flush = (): void => {
    if (current.entries.length === 0) return;
    batches.push(current);
    current = emptyBatch();
    if (pool !== null) pool.post(batches.length - 1, batches[batches.length - 1] as Batch);
    else if (!poolTried && workerCount > 0 && batches.length * BATCH_FILES >= workersFrom) startPool();
  };
  const onFile = (entry: WalkEntry): void => {
    const wanted = wantsOf(entry, extractors);
    if (wanted === null) return;
    current.entries.push(entry);
    current.needs.push(wanted.need);
    current.takers.push(wanted.takers);
    if (current.entries.length === BATCH_FILES) flush();
  };

  const walked = walk(realRoot, {
    ignore: options.ignore,
    maxFiles: options.maxFiles,
    onFile,
    ...(options.gitignore === false ? { gitignore: false } : {}),
  });
  flush();
  // Fewer files, but big ones (data pages, notebooks with outputs): worth the threads too.
  if (
    !poolTried &&
    workerCount > 0 &&
    batches.length > 1 &&
    wantsBytes(realRoot, batches, limits.maxFileBytes, walked.indexedSizes)
  ) {
    startPool();
  }

  const read = (batch: Batch, budget: ReadBudget): BatchOutcome =>
    extractBatch(realRoot, batch, extractors, limits, budget, true);
  const { outcomes, threads } = readBatches(batches, pool, maxTotal, read);
  const merged = mergeOutcomes(batches, outcomes, maxTotal, (single) => read(single, unlimited));

  const warnings: ScanWarning[] = [...walked.warnings, ...merged.warnings];
  if (merged.unread.length) {
    const named = merged.unread.slice(0, NAMED_UNREAD).join(', ');
    const more =
      merged.unread.length > NAMED_UNREAD ? ` and ${merged.unread.length - NAMED_UNREAD} more` : '';
    warnings.push({
      code: 'limit-reached',
      message: `Total read limit of ${Math.round(maxTotal / 1024 / 1024)} MiB reached: ${merged.unread.length} file(s) were not read (${named}${more}).`,
    });
  }
  return {
    filesSeen: walked.files.length,
    filesRead: merged.filesRead,
    bytesRead: merged.bytesRead,
    evidence: merged.evidence,
    warnings,
    threads,
  };
}

/**
 * Whether the listed files hold WORKERS_FROM_BYTES to read. A checkout's git index knows the
 * sizes of tracked files; other files are stat'ed, until the total is reached.
 */
export function wantsBytes(
  root: string,
  batches: readonly Batch[],
  maxFileBytes: number,
  indexed: ReadonlyMap<string, number> | undefined,
): boolean {
  let total = 0;
  for (const batch of batches) {
    batch.entries.forEach((entry, i) => {
      const need = batch.needs[i];
      if (need === 'meta' || total >= WORKERS_FROM_BYTES) return;
      const size =
        (entry.target === undefined ? indexed?.get(entry.path) : undefined) ??
        fs.statSync(entry.target ?? path.join(root, entry.path), { throwIfNoEntry: false })?.size ??
        0;
      // What is read of it: a file over the limit, or one only sniffed, gives its head alone;
      // a notebook's outputs, most of its bytes, are emptied before anything reads them.
      if (need === 'head' || size > maxFileBytes) total += Math.min(size, HEAD_BYTES);
      else total += entry.ext.toLowerCase() === 'ipynb' ? size / NOTEBOOK_SHARE_READ : size;
    });
    if (total >= WORKERS_FROM_BYTES) return true;
  }
  return false;
}

const unlimited: ReadBudget = { spent: () => false, add: () => undefined };

/** Every batch's outcome: on this thread in order, or shared with the workers. */
function readBatches(
  batches: readonly Batch[],
  pool: WorkerPool | null,
  maxTotal: number,
  read: (batch: Batch, budget: ReadBudget) => BatchOutcome,
): { outcomes: BatchOutcome[]; threads: number } {
  const outcomes: BatchOutcome[] = new Array<BatchOutcome>(batches.length);
  if (pool === null) {
    let total = 0;
    const budget: ReadBudget = { spent: () => total >= maxTotal, add: (n) => (total += n) };
    batches.forEach((batch, k) => (outcomes[k] = read(batch, budget)));
    return { outcomes, threads: 1 };
  }
  pool.end();
  for (let k = batches.length - 1; k >= 0; k--) {
    if (pool.claimForMain(k)) outcomes[k] = read(batches[k] as Batch, pool.budget);
  }
  const { outcomes: fromWorkers, helped } = pool.collect(batches.length);
  pool.close();
  batches.forEach((batch, k) => (outcomes[k] ??= fromWorkers.get(k) ?? read(batch, pool.budget)));
  return { outcomes, threads: 1 + helped };
}
