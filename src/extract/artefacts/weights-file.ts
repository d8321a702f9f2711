import type { WeightsEvidence } from '../../types/evidence.js';
import type { EvidenceSink, ReadFile } from '../../types/extractor.js';
import { readGgufHeader } from './gguf-header.js';
import { parseLfsPointer } from './lfs-pointer.js';

/**
 * One WeightsEvidence for a weights file. A Git-LFS pointer reports the object's size from
 * the pointer; a GGUF file adds the licence, architecture and name from its header.
 */
export function extractWeightsFile(file: ReadFile, format: string, sink: EvidenceSink): void {
  const path = file.info.path;
  const lfs = parseLfsPointer(file.head);
  const evidence: WeightsEvidence = {
    kind: 'weights',
    file: path,
    line: 0,
    format,
    size: lfs?.size ?? file.size,
  };
  if (lfs) evidence.lfs = lfs;
  if (!lfs && format === 'gguf' && file.head) readGgufInto(evidence, file.head, file.size, sink);
  sink.add(evidence);
  if (evidence.architecture) {
    sink.add({ kind: 'architecture', source: 'gguf', name: evidence.architecture, file: path, line: 0 });
  }
}

function readGgufInto(evidence: WeightsEvidence, head: Uint8Array, size: number, sink: EvidenceSink): void {
  const parsed = readGgufHeader(head, size);
  if (!parsed.ok) {
    sink.warn({
      file: evidence.file,
      code: 'malformed',
      message: `Not a readable GGUF file: ${parsed.message}.`,
    });
    return;
  }
  const { metadata, stopped } = parsed.header;
  const architecture = metadata['general.architecture'];
  const license = metadata['general.license'];
  const name = metadata['general.name'] ?? metadata['general.basename'];
  if (architecture) evidence.architecture = architecture;
  if (license) evidence.license = license;
  if (name) evidence.name = name;
  if (stopped?.reason === 'malformed') {
    sink.warn({
      file: evidence.file,
      code: 'malformed',
      message: `GGUF header is truncated or malformed (${stopped.message}); metadata after that point was not read.`,
    });
  }
}
