import type { DependencyEvidence, DependencyScope } from '../../types/evidence.js';
import type { EvidenceSink } from '../../types/extractor.js';
import { providerForPackage } from '../../knowledge/api-providers.js';
import { aiPackageFor } from '../../knowledge/ai-packages.js';
import { isTestOrCiPath } from '../test-paths.js';

export type Ecosystem = DependencyEvidence['ecosystem'];

/** A dependency as a manifest declares it, before it is classified. */
export interface DeclaredDependency {
  name: string;
  version?: string;
  licence?: string;
  line: number;
  scope?: DependencyScope;
}

const DEVELOPMENT_WORDS = new Set(
  'dev develop development test tests testing lint linting docs doc build bench benchmark benchmarks ci typing types format style'.split(
    ' ',
  ),
);
const OPTIONAL_WORDS = new Set(['optional', 'peer', 'extra', 'extras']);

/**
 * What a section's name says its dependencies are for: "devDependencies", "dev-packages",
 * a "test" group or scope are development; "optionalDependencies", an extra are optional.
 * `otherwise` is the scope of a section whose name says neither (an extra named "gpu").
 */
export function scopeOf(section: string, otherwise?: DependencyScope): DependencyScope | undefined {
  const words = section
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/);
  if (words.some((w) => DEVELOPMENT_WORDS.has(w))) return 'development';
  if (words.some((w) => OPTIONAL_WORDS.has(w))) return 'optional';
  return otherwise;
}

/** closed-api-sdk (an API provider's SDK) wins over ai-library; everything else is 'other'. */
export function roleOf(ecosystem: Ecosystem, name: string): Pick<DependencyEvidence, 'role' | 'provider'> {
  // Conda ships the same SDKs under their PyPI names.
  const registry = ecosystem === 'conda' ? 'pypi' : ecosystem;
  const provider = providerForPackage(registry, name);
  if (provider) return { role: 'closed-api-sdk', provider: provider.id };
  return { role: aiPackageFor(ecosystem, name) ? 'ai-library' : 'other' };
}

/**
 * Adds one DependencyEvidence, and for a closed-API SDK also an ApiUseEvidence with
 * signal 'dependency': the dependency alone says the project may call that API.
 */
export function addDependency(
  sink: EvidenceSink,
  file: string,
  ecosystem: Ecosystem,
  dep: DeclaredDependency,
): void {
  const name = dep.name.trim();
  if (name === '') return;
  const { role, provider } = roleOf(ecosystem, name);
  const evidence: DependencyEvidence = { kind: 'dependency', file, line: dep.line, ecosystem, name, role };
  if (dep.version) evidence.version = dep.version;
  if (dep.licence) evidence.licence = dep.licence;
  if (provider) evidence.provider = provider;
  if (dep.scope) evidence.scope = dep.scope;
  sink.add(evidence);
  // A test suite's requirements say what the tests need, not what the system calls.
  if (provider) {
    sink.add({
      kind: 'api',
      provider,
      signal: 'dependency',
      file,
      line: dep.line,
      ...(isTestOrCiPath(file) ? { weak: true as const } : {}),
      ...(dep.scope ? { scope: dep.scope } : {}),
    });
  }
}
