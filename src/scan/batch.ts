import type { Evidence, ScanWarning } from '../types/evidence.js';
import type { EvidenceSink, Extractor, ReadNeed } from '../types/extractor.js';
import { absolutePath, type WalkEntry } from '../inventory/walk.js';
import { readFile, type ReadLimits } from '../inventory/read-file.js';
import { detachStrings } from '../util/detach-strings.js';

/** Files in one unit of work: the walk's entries, the read each needs, and which extractors take it. */
export interface Batch {
  entries: WalkEntry[];
  needs: ReadNeed[];
  /** Bit i set: extractor i of the extractor list takes the file. */
  takers: number[];
}

/** What a batch gave, file by file, in the batch's order. */
export interface BatchOutcome {
  evidence: Evidence[];
  warnings: ScanWarning[];
  /** Bytes read per file, or NOT_READ when the total-bytes budget was spent before it. */
  bytes: number[];
  /** Per file: where its evidence and warnings end in the arrays above. */
  evidenceEnd: number[];
  warningsEnd: number[];
}

export const NOT_READ = -1;

/** The shared total-bytes budget: a file is not read once it is spent. */
export interface ReadBudget {
  spent(): boolean;
  add(bytes: number): void;
}

const NEED_RANK: Record<ReadNeed, number> = { meta: 0, head: 1, text: 2 };

/** Which extractors take a file (bit i: extractor i) and the strongest read any of them asks for; null when none does. */
export function wantsOf(
  entry: WalkEntry,
  extractors: readonly Extractor[],
): { need: ReadNeed; takers: number } | null {
  let need: ReadNeed | null = null;
  let takers = 0;
  // One bit per extractor in a 32-bit mask, as batches carry it between threads.
  if (extractors.length > 32) throw new Error('at most 32 extractors fit the takers mask');
  for (let x = 0; x < extractors.length; x++) {
    const wanted = (extractors[x] as Extractor).wants(entry);
    if (wanted === null) continue;
    takers |= 1 << x;
    if (need === null || NEED_RANK[wanted] > NEED_RANK[need]) need = wanted;
  }
  return need === null ? null : { need, takers };
}

export function emptyBatch(): Batch {
  return { entries: [], needs: [], takers: [] };
}

/**
 * Reads and extracts every file of a batch. `detach` copies evidence strings off the file
 * texts; a worker can skip it, because posting the outcome copies every string anyway.
 */
export function extractBatch(
  root: string,
  batch: Batch,
  extractors: readonly Extractor[],
  limits: ReadLimits,
  budget: ReadBudget,
  detach: boolean,
): BatchOutcome {
  const out: BatchOutcome = { evidence: [], warnings: [], bytes: [], evidenceEnd: [], warningsEnd: [] };
  let path = '';
  const sink: EvidenceSink = {
    add: (e) => out.evidence.push(detach ? detachStrings(e, path) : e),
    warn: (w) => out.warnings.push(detach ? detachStrings(w, path) : w),
  };
  for (let i = 0; i < batch.entries.length; i++) {
    const entry = batch.entries[i] as WalkEntry;
    path = entry.path;
    if (budget.spent()) out.bytes.push(NOT_READ);
    else {
      const file = readFile(
        entry,
        absolutePath(root, entry),
        batch.needs[i] as ReadNeed,
        limits,
        out.warnings,
      );
      const bytes = file.text !== undefined ? file.size : (file.head?.length ?? 0);
      budget.add(bytes);
      out.bytes.push(bytes);
      const takers = batch.takers[i] ?? 0;
      extractors.forEach((extractor, x) => {
        if ((takers & (1 << x)) === 0) return;
        try {
          extractor.extract(file, sink);
        } catch (err) {
          // An extractor bug must not end the scan; it becomes a warning on that file.
          out.warnings.push({
            file: entry.path,
            code: 'other',
            message: `The ${extractor.name} extractor failed on this file (${err instanceof Error ? err.message : String(err)}); the scan went on.`,
          });
        }
      });
    }
    out.evidenceEnd.push(out.evidence.length);
    out.warningsEnd.push(out.warnings.length);
  }
  return out;
}
