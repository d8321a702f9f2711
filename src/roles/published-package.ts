import type { ProjectEvidence } from '../types/evidence.js';
import { providerForPackage, type ApiProvider, type SdkRegistry } from '../knowledge/api-providers.js';
import { aiPackageFor, type AiEcosystem } from '../knowledge/ai-packages.js';
import { ownEntry } from '../util/own-entry.js';

// The package a repository publishes, when it is a hosted API's SDK or an AI library: an SDK
// is what its users reach that API through, whatever else it can reach.

const REGISTRY_OF: Record<string, SdkRegistry> = {
  'package.json': 'npm',
  'pyproject.toml': 'pypi',
  'setup.py': 'pypi',
  'setup.cfg': 'pypi',
  'cargo.toml': 'cargo',
};

export interface PublishedPackage {
  kind: 'sdk' | 'framework';
  reason: string;
  /** The API whose SDK it is (kind sdk). */
  provider?: ApiProvider;
}

/** The AI SDK or AI library the project's manifests publish, if any. */
export function publishedPackage(projects: readonly ProjectEvidence[]): PublishedPackage | null {
  for (const p of projects) {
    if (p.signal !== 'package-name') continue;
    const registry = ownEntry(REGISTRY_OF, p.file.toLowerCase());
    if (!registry) continue;
    const provider = providerForPackage(registry, p.value);
    if (provider)
      return { kind: 'sdk', reason: `${p.file} publishes ${p.value}, the ${provider.name} SDK`, provider };
    const library = aiPackageFor(registry as AiEcosystem, p.value);
    if (library) return { kind: 'framework', reason: `${p.file} publishes ${p.value}, an AI library` };
  }
  return null;
}
