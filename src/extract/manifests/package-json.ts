import type { EvidenceSink } from '../../types/extractor.js';
import { KeyLines } from '../key-lines.js';
import { asRecord, asString, entriesOf, parseOrWarn } from '../structured-data.js';
import { addDependency, scopeOf } from './dependency-evidence.js';
import { manifestLicence } from './manifest-licence.js';
import type { ManifestParser } from './manifest-parser.js';

/** The package.json sections that list dependencies (also used for package-lock's root entry). */
export const NPM_DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
] as const;

function parsePackageJson(text: string, file: string, sink: EvidenceSink): void {
  const pkg = asRecord(parseOrWarn(text, 'JSON', file, sink));
  if (!pkg) return;
  const lines = new KeyLines(text);

  // `license` is a string (SPDX expression); the legacy forms are {type} and [{type}].
  const licence = pkg['license'];
  const licenceLine = lines.jsonKey('license')?.line ?? 0;
  const licenceType = asString(licence) ?? asString(asRecord(licence)?.['type']);
  if (licenceType !== undefined) {
    sink.add(manifestLicence(licenceType, { file, line: licenceLine }, 'package.json license field'));
  } else if (Array.isArray(pkg['licenses'])) {
    const line = lines.jsonKey('licenses')?.line ?? 0;
    for (const item of pkg['licenses']) {
      const type = asString(asRecord(item)?.['type']) ?? asString(item);
      if (type !== undefined) sink.add(manifestLicence(type, { file, line }, 'package.json licenses field'));
    }
  }

  for (const field of NPM_DEPENDENCY_FIELDS) {
    const section = lines.jsonKey(field);
    for (const [name, spec] of entriesOf(pkg[field])) {
      const line = lines.jsonKey(name, section?.end ?? 0)?.line ?? section?.line ?? 0;
      const scope = scopeOf(field);
      addDependency(sink, file, 'npm', { name, version: asString(spec), line, ...(scope ? { scope } : {}) });
    }
  }
}

export const packageJsonParser: ManifestParser = {
  format: 'package.json',
  matches: (f) => f.name === 'package.json',
  parse: parsePackageJson,
};
