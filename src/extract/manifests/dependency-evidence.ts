import type { DependencyEvidence } from '../../types/evidence.js';
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
    });
  }
}
