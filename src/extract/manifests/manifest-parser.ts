import type { EvidenceSink, FileInfo } from '../../types/extractor.js';

/** One manifest format: which files it reads (by name only) and what it finds in their text. */
export interface ManifestParser {
  format: string;
  matches(file: FileInfo): boolean;
  /** `file` is the path evidence cites. Must not throw; parse errors go to sink.warn. */
  parse(text: string, file: string, sink: EvidenceSink): void;
}
