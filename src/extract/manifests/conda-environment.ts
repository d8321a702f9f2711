import type { EvidenceSink, FileInfo } from '../../types/extractor.js';
import { KeyLines } from '../key-lines.js';
import { asRecord, asString, parseOrWarn, stringsOf } from '../structured-data.js';
import { addDependency } from './dependency-evidence.js';
import type { ManifestParser } from './manifest-parser.js';
import { addRequirement } from './python-requirements.js';

// Conda environment files: `dependencies:` lists conda specs ("pytorch::pytorch>=2.1",
// "numpy=1.26", "python 3.11") and may hold a `pip:` sub-list of PEP 508 strings.

const NOT_PACKAGES = new Set(['python', 'pip']);

function isEnvironmentFile(f: FileInfo): boolean {
  return (f.ext === 'yml' || f.ext === 'yaml') && f.name.startsWith('environment');
}

/** name and version of a conda match spec; the channel prefix ("conda-forge::") is dropped. */
function condaSpec(spec: string): { name: string; version?: string } | undefined {
  const channel = spec.lastIndexOf('::');
  const bare = (channel === -1 ? spec : spec.slice(channel + 2)).trim();
  const m = /^([A-Za-z0-9_][A-Za-z0-9._-]*)\s*(.*)$/.exec(bare);
  if (!m?.[1]) return undefined;
  const version = (m[2] ?? '').replace(/\s+/g, '');
  return version ? { name: m[1], version } : { name: m[1] };
}

function parseEnvironment(text: string, file: string, sink: EvidenceSink): void {
  const doc = asRecord(parseOrWarn(text, 'YAML', file, sink));
  const deps = doc?.['dependencies'];
  if (!Array.isArray(deps)) return;
  const lines = new KeyLines(text);
  let cursor = lines.assignedKey('dependencies', 0, ':')?.end ?? 0;
  // Each item is looked up after the previous one, so lines follow the list order.
  const lineOf = (spec: string): number => {
    const found = lines.literal(spec, cursor);
    if (!found) return lines.lineOf(cursor);
    cursor = found.end;
    return found.line;
  };
  for (const item of deps) {
    const spec = asString(item);
    if (spec !== undefined) {
      const parsed = condaSpec(spec);
      const line = lineOf(spec);
      if (parsed && !NOT_PACKAGES.has(parsed.name.toLowerCase()))
        addDependency(sink, file, 'conda', { ...parsed, line });
      continue;
    }
    for (const pipSpec of stringsOf(asRecord(item)?.['pip']))
      addRequirement(sink, file, pipSpec, lineOf(pipSpec));
  }
}

export const condaEnvironmentParser: ManifestParser = {
  format: 'environment.yml',
  matches: isEnvironmentFile,
  parse: parseEnvironment,
};
