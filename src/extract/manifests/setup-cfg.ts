import type { EvidenceSink } from '../../types/extractor.js';
import type { DependencyScope } from '../../types/evidence.js';
import { scopeOf } from './dependency-evidence.js';
import { licenceFilePointer, manifestLicence } from './manifest-licence.js';
import type { ManifestParser } from './manifest-parser.js';
import { addRequirement } from './python-requirements.js';

// setup.cfg (setuptools, INI): [metadata] license, [options] install_requires and
// [options.extras_require]. A value may go on over indented lines, one requirement per line.

interface ValueLine {
  text: string;
  line: number;
}

/** section -> key -> value lines (the text after `=` on the key line, then each continuation). */
type Ini = Map<string, Map<string, ValueLine[]>>;

function readIni(text: string): Ini {
  const ini: Ini = new Map();
  let section: Map<string, ValueLine[]> | undefined;
  let current: ValueLine[] | undefined;
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const raw = (rows[i] ?? '').replace(/\r$/, '');
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    if (/^\s/.test(raw)) {
      current?.push({ text: trimmed, line: i + 1 });
      continue;
    }
    if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
      const name = trimmed.slice(1, -1).trim().toLowerCase();
      section = ini.get(name) ?? new Map<string, ValueLine[]>();
      ini.set(name, section);
      current = undefined;
      continue;
    }
    const sep = trimmed.search(/[=:]/);
    if (sep <= 0 || !section) {
      current = undefined;
      continue;
    }
    current = [];
    section.set(trimmed.slice(0, sep).trim().toLowerCase(), current);
    const value = trimmed.slice(sep + 1).trim();
    if (value !== '') current.push({ text: value, line: i + 1 });
  }
  return ini;
}

function parseSetupCfg(text: string, file: string, sink: EvidenceSink): void {
  const ini = readIni(text);
  const metadata = ini.get('metadata');
  const licence = metadata?.get('license')?.[0];
  if (licence) {
    const detail = 'setup.cfg [metadata] license';
    const at = { file, line: licence.line };
    if (licence.text.startsWith('file:'))
      sink.add(licenceFilePointer(licence.text.slice(5).trim(), at, detail));
    else sink.add(manifestLicence(licence.text, at, detail));
  }
  const add = (values: ValueLine[] | undefined, scope?: DependencyScope): void => {
    for (const v of values ?? []) {
      const spec = v.text.replace(/\s#.*$/, '');
      if (!spec.startsWith('#')) addRequirement(sink, file, spec, v.line, 'pypi', scope);
    }
  };
  add(ini.get('options')?.get('install_requires'));
  for (const [extra, values] of ini.get('options.extras_require') ?? [])
    add(values, scopeOf(extra, 'optional'));
}

export const setupCfgParser: ManifestParser = {
  format: 'setup.cfg',
  matches: (f) => f.name === 'setup.cfg',
  parse: parseSetupCfg,
};
