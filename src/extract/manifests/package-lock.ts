import type { EvidenceSink } from '../../types/extractor.js';
import { KeyLines } from '../key-lines.js';
import { asRecord, asString, entriesOf, parseOrWarn } from '../structured-data.js';
import { addDependency, roleOf } from './dependency-evidence.js';
import type { ManifestParser } from './manifest-parser.js';
import { NPM_DEPENDENCY_FIELDS } from './package-json.js';

// A lock file lists every transitive package, often thousands. The report needs the direct
// dependencies (with the licence the lock records for them) and any AI library or
// closed-API SDK wherever it sits in the tree; the rest is left out.

const NODE_MODULES = 'node_modules/';

function parsePackageLock(text: string, file: string, sink: EvidenceSink): void {
  const lock = asRecord(parseOrWarn(text, 'JSON', file, sink));
  if (!lock) return;
  const lines = new KeyLines(text);
  const packages = asRecord(lock['packages']);
  if (packages) readPackagesMap(packages, lines, file, sink);
  else readV1Dependencies(lock, lines, file, sink);
}

/** lockfileVersion 2 and 3: `packages` maps "node_modules/a/node_modules/b" to {version, license}. */
function readPackagesMap(
  packages: Record<string, unknown>,
  lines: KeyLines,
  file: string,
  sink: EvidenceSink,
): void {
  const root = asRecord(packages['']);
  const direct = new Set<string>();
  for (const field of NPM_DEPENDENCY_FIELDS) for (const [name] of entriesOf(root?.[field])) direct.add(name);

  const section = lines.jsonKey('packages');
  const emitted = new Set<string>();
  for (const [key, value] of Object.entries(packages)) {
    const at = key.lastIndexOf(NODE_MODULES);
    if (at === -1) continue; // the root or a workspace folder, not an installed package
    const name = key.slice(at + NODE_MODULES.length);
    const isDirect = at === 0 && direct.has(name);
    if (emitted.has(name) || (!isDirect && roleOf('npm', name).role === 'other')) continue;
    const entry = asRecord(value);
    if (!entry || entry['link'] === true) continue;
    emitted.add(name);
    addDependency(sink, file, 'npm', {
      name,
      version: asString(entry['version']),
      licence: licenceOf(entry['license']),
      line: lines.jsonKey(key, section?.end ?? 0)?.line ?? 0,
    });
  }
}

/** lockfileVersion 1 has no licences; only AI libraries and closed-API SDKs are worth adding. */
function readV1Dependencies(
  lock: Record<string, unknown>,
  lines: KeyLines,
  file: string,
  sink: EvidenceSink,
): void {
  const section = lines.jsonKey('dependencies');
  for (const [name, value] of entriesOf(lock['dependencies'])) {
    if (roleOf('npm', name).role === 'other') continue;
    const line = lines.jsonKey(name, section?.end ?? 0)?.line ?? 0;
    addDependency(sink, file, 'npm', { name, version: asString(asRecord(value)?.['version']), line });
  }
}

/** A lock entry's licence: a string, or the legacy {type} object. */
function licenceOf(value: unknown): string | undefined {
  return asString(value) ?? asString(asRecord(value)?.['type']);
}

export const packageLockParser: ManifestParser = {
  format: 'package-lock.json',
  matches: (f) => f.name === 'package-lock.json' || f.name === 'npm-shrinkwrap.json',
  parse: parsePackageLock,
};
