import type { EvidenceSink } from '../../types/extractor.js';
import { weightsFormatOfExtension } from './weight-formats.js';

// .gitattributes rules such as `*.safetensors filter=lfs diff=lfs merge=lfs -text` say the
// repository stores that weights format in Git LFS. That is a declaration, not a file: one
// WeightsEvidence per format with lfsRule set and size 0, on the rule's line.

/** The extension a rule's pattern ends in ("*.safetensors", "models/**\/*.gguf"), if it names one. */
function patternExtension(pattern: string): string | undefined {
  const last = pattern.slice(pattern.lastIndexOf('/') + 1).toLowerCase();
  const dot = last.lastIndexOf('.');
  const ext = dot === -1 ? '' : last.slice(dot + 1);
  return /^[a-z0-9]+$/.test(ext) ? ext : undefined;
}

export function extractLfsRules(text: string, file: string, sink: EvidenceSink): void {
  const seen = new Set<string>();
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const parts = (rows[i] ?? '').trim().split(/\s+/);
    const pattern = parts[0];
    if (!pattern || pattern.startsWith('#') || !parts.includes('filter=lfs')) continue;
    const ext = patternExtension(pattern);
    const format = ext ? weightsFormatOfExtension(ext) : null;
    if (!format || seen.has(format)) continue;
    seen.add(format);
    sink.add({ kind: 'weights', file, line: i + 1, format, size: 0, lfsRule: true });
  }
}
