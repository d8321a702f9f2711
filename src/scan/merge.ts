import type { Evidence, ScanWarning } from '../types/evidence.js';
import { NOT_READ, type Batch, type BatchOutcome } from './batch.js';

export interface MergedScan {
  evidence: Evidence[];
  warnings: ScanWarning[];
  filesRead: number;
  bytesRead: number;
  /** Paths not read because the total-bytes limit was reached first. */
  unread: string[];
}

/**
 * Puts batch outcomes together in walk order, exactly as one pass from the first file to the
 * last would have: once the total-bytes limit is reached, later files are unread and what
 * they gave is dropped. Threads that work on later batches first can find the shared budget
 * spent by files that come after; a file they skipped that way but that comes before the
 * limit is read now, with `readLate`.
 */
export function mergeOutcomes(
  batches: readonly Batch[],
  outcomes: readonly BatchOutcome[],
  maxTotalBytes: number,
  readLate: (single: Batch) => BatchOutcome,
): MergedScan {
  const merged: MergedScan = { evidence: [], warnings: [], filesRead: 0, bytesRead: 0, unread: [] };
  batches.forEach((batch, b) => {
    const outcome = outcomes[b] as BatchOutcome;
    for (let i = 0; i < batch.entries.length; i++) {
      if (merged.bytesRead >= maxTotalBytes) {
        merged.unread.push(batch.entries[i]?.path ?? '');
        continue;
      }
      let from = outcome;
      let at = i;
      if (outcome.bytes[i] === NOT_READ) {
        from = readLate(single(batch, i));
        at = 0;
      }
      merged.filesRead++;
      merged.bytesRead += from.bytes[at] ?? 0;
      appendEvidence(
        merged.evidence,
        from.evidence,
        at === 0 ? 0 : (from.evidenceEnd[at - 1] ?? 0),
        from.evidenceEnd[at] ?? 0,
        batch.entries[i]?.path,
      );
      appendRange(
        merged.warnings,
        from.warnings,
        at === 0 ? 0 : (from.warningsEnd[at - 1] ?? 0),
        from.warningsEnd[at] ?? 0,
      );
    }
  });
  return merged;
}

function single(batch: Batch, i: number): Batch {
  return {
    entries: batch.entries.slice(i, i + 1),
    needs: batch.needs.slice(i, i + 1),
    takers: batch.takers.slice(i, i + 1),
  };
}

function appendRange<T>(into: T[], from: readonly T[], start: number, end: number): void {
  for (let j = start; j < end; j++) into.push(from[j] as T);
}

/**
 * Like appendRange, and the file's evidence shares the walk's one copy of its path: later
 * stages compare and hash paths for every item, and one string per file answers at once
 * (evidence from a worker arrives with a copy of the path in every item).
 */
function appendEvidence(
  into: Evidence[],
  from: readonly Evidence[],
  start: number,
  end: number,
  path: string | undefined,
): void {
  for (let j = start; j < end; j++) {
    const e = from[j] as Evidence;
    if (path !== undefined && e.file === path) e.file = path;
    into.push(e);
  }
}
