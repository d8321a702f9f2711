import type { EvidenceSink } from '../../types/extractor.js';
import { KeyLines } from '../key-lines.js';
import { asRecord, asString, entriesOf, parseOrWarn } from '../structured-data.js';
import { addDependencyTable } from './dependency-table.js';
import { licenceFilePointer, manifestLicence } from './manifest-licence.js';
import type { ManifestParser } from './manifest-parser.js';

// Cargo.toml: [package] license (an SPDX expression) or license-file, and the dependency
// tables, including [workspace.dependencies] and [target.'cfg(...)'.dependencies].

const DEPENDENCY_TABLES = ['dependencies', 'dev-dependencies', 'build-dependencies'];

function parseCargoToml(text: string, file: string, sink: EvidenceSink): void {
  const doc = asRecord(parseOrWarn(text, 'TOML', file, sink));
  if (!doc) return;
  const lines = new KeyLines(text);

  const pkg = asRecord(doc['package']);
  const section = lines.section('package');
  const detail = 'Cargo.toml [package] license';
  const licence = asString(pkg?.['license']);
  const licenceFile = asString(pkg?.['license-file']);
  if (licence !== undefined) {
    const line = lines.assignedKey('license', section?.end ?? 0, '=')?.line ?? 0;
    sink.add(manifestLicence(licence, { file, line }, detail));
  } else if (licenceFile !== undefined) {
    const line = lines.assignedKey('license-file', section?.end ?? 0, '=')?.line ?? 0;
    sink.add(licenceFilePointer(licenceFile, { file, line }, 'Cargo.toml [package] license-file'));
  }

  for (const table of DEPENDENCY_TABLES) {
    addDependencyTable(doc[table], table, lines, file, sink, 'cargo');
    addDependencyTable(asRecord(doc['workspace'])?.[table], `workspace.${table}`, lines, file, sink, 'cargo');
    for (const [target, value] of entriesOf(doc['target'])) {
      // The header is written as [target.'cfg(unix)'.dependencies]; lines fall back to the key alone.
      addDependencyTable(asRecord(value)?.[table], `target.'${target}'.${table}`, lines, file, sink, 'cargo');
    }
  }
}

export const cargoTomlParser: ManifestParser = {
  format: 'Cargo.toml',
  matches: (f) => f.name === 'cargo.toml',
  parse: parseCargoToml,
};
