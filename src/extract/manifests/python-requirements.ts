import type { EvidenceSink } from '../../types/extractor.js';
import type { DependencyScope } from '../../types/evidence.js';
import { addDependency, type Ecosystem } from './dependency-evidence.js';
import { parseRequirement } from './pep508.js';

/** Adds one PyPI (or conda pip-list) dependency from a PEP 508 string; ignores what does not parse. */
export function addRequirement(
  sink: EvidenceSink,
  file: string,
  spec: string,
  line: number,
  ecosystem: Ecosystem = 'pypi',
  scope?: DependencyScope,
): void {
  const req = parseRequirement(spec);
  if (req)
    addDependency(sink, file, ecosystem, {
      name: req.name,
      version: req.version,
      line,
      ...(scope ? { scope } : {}),
    });
}
