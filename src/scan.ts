import type { Evidence, ScanWarning } from './types/evidence.js';
import type { Extractor, ReadNeed, EvidenceSink } from './types/extractor.js';
import { absolutePath, walk } from './inventory/walk.js';
import { readFile, DEFAULT_MAX_FILE_BYTES } from './inventory/read-file.js';
import { defaultExtractors } from './extract/index.js';
import { detachStrings } from './util/detach-strings.js';

export interface ScanOptions {
  /** gitignore-style patterns to leave out, relative to the root. */
  ignore?: readonly string[];
  maxFileBytes?: number;
  maxFiles?: number;
  /** Stop reading once this many bytes have been read in all (default 512 MiB). */
  maxTotalBytes?: number;
  extractors?: readonly Extractor[];
}

export interface ScanResult {
  /** Files the walk listed (after ignores). */
  filesSeen: number;
  /** Files whose content or size was looked at by some extractor. */
  filesRead: number;
  bytesRead: number;
  evidence: Evidence[];
  warnings: ScanWarning[];
}

const NEED_RANK: Record<ReadNeed, number> = { meta: 0, head: 1, text: 2 };
export const DEFAULT_MAX_TOTAL_BYTES = 512 * 1024 * 1024;
const NAMED_UNREAD = 10;

/** inventory + extract: walks the tree, reads what the extractors ask for, and collects their evidence. */
export function scanDirectory(root: string, options: ScanOptions = {}): ScanResult {
  const extractors = options.extractors ?? defaultExtractors;
  const limits = { maxFileBytes: options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES };
  const walked = walk(root, { ignore: options.ignore, maxFiles: options.maxFiles });
  const evidence: Evidence[] = [];
  const warnings: ScanWarning[] = [...walked.warnings];
  const sink: EvidenceSink = {
    add: (e) => evidence.push(detachStrings(e)),
    warn: (w) => warnings.push(detachStrings(w)),
  };
  let filesRead = 0;
  let bytesRead = 0;
  const maxTotal = options.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
  const unread: string[] = [];

  for (const entry of walked.files) {
    let need: ReadNeed | null = null;
    const takers: Extractor[] = [];
    for (const extractor of extractors) {
      const wanted = extractor.wants(entry);
      if (wanted === null) continue;
      takers.push(extractor);
      if (need === null || NEED_RANK[wanted] > NEED_RANK[need]) need = wanted;
    }
    if (need === null) continue;
    if (bytesRead >= maxTotal) {
      unread.push(entry.path);
      continue;
    }

    const file = readFile(entry, absolutePath(walked.root, entry), need, limits, warnings);
    filesRead++;
    bytesRead += file.text !== undefined ? file.size : (file.head?.length ?? 0);
    for (const extractor of takers) {
      try {
        extractor.extract(file, sink);
      } catch (err) {
        // An extractor bug must not end the scan; it becomes a warning on that file.
        warnings.push({
          file: entry.path,
          code: 'other',
          message: `The ${extractor.name} extractor failed on this file (${err instanceof Error ? err.message : String(err)}); the scan went on.`,
        });
      }
    }
  }
  if (unread.length) {
    const named = unread.slice(0, NAMED_UNREAD).join(', ');
    const more = unread.length > NAMED_UNREAD ? ` and ${unread.length - NAMED_UNREAD} more` : '';
    warnings.push({
      code: 'limit-reached',
      message: `Total read limit of ${Math.round(maxTotal / 1024 / 1024)} MiB reached: ${unread.length} file(s) were not read (${named}${more}).`,
    });
  }
  return { filesSeen: walked.files.length, filesRead, bytesRead, evidence, warnings };
}
