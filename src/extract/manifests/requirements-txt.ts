import type { EvidenceSink, FileInfo } from '../../types/extractor.js';
import type { ManifestParser } from './manifest-parser.js';
import { addRequirement } from './python-requirements.js';

// pip requirement files. Options (-r other.txt, -c, --index-url) are skipped: a referenced
// file is scanned on its own when its name marks it as a requirements file. Editable
// installs count only when they name the package (#egg=name).

const EGG = /#egg=([A-Za-z0-9][A-Za-z0-9._-]*)/;

function isRequirementsFile(f: FileInfo): boolean {
  if (f.ext !== 'txt' && f.ext !== 'in') return false;
  if (f.name.startsWith('requirements')) return true;
  const lower = f.path.toLowerCase();
  return f.ext === 'txt' && (lower.startsWith('requirements/') || lower.includes('/requirements/'));
}

function parseRequirementsTxt(text: string, file: string, sink: EvidenceSink): void {
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const lineNo = i + 1;
    // A trailing backslash continues the requirement on the next line (parts joined once).
    const parts: string[] = [];
    let part = rows[i] ?? '';
    while (part.trimEnd().endsWith('\\') && i + 1 < rows.length) {
      parts.push(part.trimEnd().slice(0, -1));
      part = rows[++i] ?? '';
    }
    parts.push(part);
    let row = parts.join(' ');
    row = stripComment(row).trim();
    if (row === '') continue;
    if (row.startsWith('-')) {
      const egg = /^(?:-e|--editable)\s/.test(row) ? EGG.exec(row) : null;
      if (egg?.[1]) addRequirement(sink, file, egg[1], lineNo);
      continue;
    }
    // Per-requirement options such as --hash=sha256:... follow the specifier.
    const option = row.search(/\s-/);
    addRequirement(sink, file, option === -1 ? row : row.slice(0, option), lineNo);
  }
}

/** pip treats `#` as a comment at the start of a line or after whitespace (not inside a URL). */
function stripComment(row: string): string {
  if (row.trimStart().startsWith('#')) return '';
  const at = row.search(/\s#/);
  return at === -1 ? row : row.slice(0, at);
}

export const requirementsTxtParser: ManifestParser = {
  format: 'requirements.txt',
  matches: isRequirementsFile,
  parse: parseRequirementsTxt,
};
