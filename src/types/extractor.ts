import type { Evidence, ScanWarning } from './evidence.js';

/** A file the walk found, before anything is read. */
export interface FileInfo {
  /** POSIX path relative to the scanned root, e.g. "models/README.md". */
  path: string;
  /** Lower-cased base name, e.g. "readme.md". */
  name: string;
  /** Lower-cased extension without the dot ("md"), or "" when there is none. */
  ext: string;
}

/**
 * What an extractor needs from a file: its decoded text, only its first bytes (binary
 * headers such as GGUF), or nothing beyond the path and size.
 */
export type ReadNeed = 'text' | 'head' | 'meta';

/** A file as handed to an extractor. */
export interface ReadFile {
  info: FileInfo;
  /** Size in bytes on disk. */
  size: number;
  /** Decoded text (invalid UTF-8 replaced) when some extractor asked for text and the file is text within the size limit. */
  text?: string;
  /** The first bytes (up to 64 KiB) when some extractor asked for 'head', or the file is binary. */
  head?: Uint8Array;
  /** True when the content looks binary (NUL bytes). */
  binary: boolean;
  /** Set when the text was not read: "too-large", "binary", "unreadable". */
  skipped?: 'too-large' | 'binary' | 'unreadable';
}

/** Where extractors put what they find. */
export interface EvidenceSink {
  add(evidence: Evidence): void;
  warn(warning: ScanWarning): void;
}

export interface Extractor {
  /** Short name used in logs and warnings. */
  name: string;
  /** Which files this extractor reads, and how much of them; null to skip the file. */
  wants(file: FileInfo): ReadNeed | null;
  /** Reads one file. Must not throw on any input; report problems through sink.warn. */
  extract(file: ReadFile, sink: EvidenceSink): void;
}
