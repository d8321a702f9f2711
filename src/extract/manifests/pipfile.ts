import type { EvidenceSink } from '../../types/extractor.js';
import { KeyLines } from '../key-lines.js';
import { asRecord, parseOrWarn } from '../structured-data.js';
import { addDependencyTable } from './dependency-table.js';
import type { ManifestParser } from './manifest-parser.js';

// Pipenv's Pipfile (TOML): [packages] and [dev-packages], name = "version" or a table.

function parsePipfile(text: string, file: string, sink: EvidenceSink): void {
  const doc = asRecord(parseOrWarn(text, 'TOML', file, sink));
  if (!doc) return;
  const lines = new KeyLines(text);
  for (const section of ['packages', 'dev-packages'])
    addDependencyTable(doc[section], section, lines, file, sink);
}

export const pipfileParser: ManifestParser = {
  format: 'Pipfile',
  matches: (f) => f.name === 'pipfile',
  parse: parsePipfile,
};
