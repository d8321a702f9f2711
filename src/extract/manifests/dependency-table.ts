import type { EvidenceSink } from '../../types/extractor.js';
import type { KeyLines } from '../key-lines.js';
import { asRecord, asString, entriesOf } from '../structured-data.js';
import { addDependency, scopeOf, type Ecosystem } from './dependency-evidence.js';

// Dependency tables where each key is a package and the value a version string or a table
// ({version, extras, git, path, package}): Poetry, Pipenv and Cargo all use this shape.

const NOT_PACKAGES = new Set(['python', 'python_version', 'python_full_version']);

/** The version of a `name = "1.0"` or `name = { version = "1.0", ... }` entry. */
function versionOf(value: unknown): string | undefined {
  const v = asString(value) ?? asString(asRecord(value)?.['version']);
  return v === undefined || v === '*' || v === '' ? undefined : v;
}

/**
 * Adds the dependencies of one table. `header` is its TOML section name (e.g.
 * "tool.poetry.dependencies") for finding lines; `ecosystem` defaults to PyPI.
 */
export function addDependencyTable(
  table: unknown,
  header: string,
  lines: KeyLines,
  file: string,
  sink: EvidenceSink,
  ecosystem: Ecosystem = 'pypi',
): void {
  const entries = entriesOf(table);
  if (entries.length === 0) return;
  const section = lines.section(header);
  const scope = scopeOf(header);
  for (const [key, value] of entries) {
    if (ecosystem === 'pypi' && NOT_PACKAGES.has(key.toLowerCase())) continue;
    // Cargo renames: `alias = { package = "real-name" }`.
    const name = asString(asRecord(value)?.['package']) ?? key;
    const line =
      lines.assignedKey(key, section?.end ?? 0, '=')?.line ??
      lines.section(`${header}.${key}`)?.line ??
      section?.line ??
      0;
    addDependency(sink, file, ecosystem, {
      name,
      version: versionOf(value),
      line,
      ...(scope ? { scope } : {}),
    });
  }
}
