import type { EvidenceSink } from '../../types/extractor.js';
import { addDependency, roleOf } from './dependency-evidence.js';
import type { ManifestParser } from './manifest-parser.js';

// go.mod: `require path v1.2.3` lines and `require ( ... )` blocks. Modules marked
// `// indirect` are kept only when they are AI libraries, as for npm lock files.

const REQUIRE_LINE = /^require\s+(\S+)\s+(\S+)(.*)$/;
const BLOCK_ITEM = /^(\S+)\s+(\S+)(.*)$/;

function parseGoMod(text: string, file: string, sink: EvidenceSink): void {
  const rows = text.split('\n');
  let inRequire = false;
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ?? '').trim();
    if (inRequire) {
      if (row.startsWith(')')) inRequire = false;
      else addModule(BLOCK_ITEM.exec(row), i + 1, file, sink);
    } else if (/^require\s*\($/.test(row)) {
      inRequire = true;
    } else {
      addModule(REQUIRE_LINE.exec(row), i + 1, file, sink);
    }
  }
}

function addModule(m: RegExpExecArray | null, line: number, file: string, sink: EvidenceSink): void {
  const [, name, version, rest] = m ?? [];
  if (!name || !version || name.startsWith('//')) return;
  const indirect = (rest ?? '').includes('// indirect');
  if (indirect && roleOf('go', name).role === 'other') return;
  addDependency(sink, file, 'go', { name, version, line });
}

export const goModParser: ManifestParser = {
  format: 'go.mod',
  matches: (f) => f.name === 'go.mod',
  parse: parseGoMod,
};
