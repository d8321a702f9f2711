// What an AI dependency (a model library, a runtime, a provider SDK) is to the project, told
// as its models' roles are: by where it is declared. A provider SDK takes the role its API
// use was given (installed and called, or one choice among several); an evaluation library
// is there to judge models; a development or optional section says so (scopeRole); anything
// else the project's manifests declare, it runs on.

import type { ApiUseEvidence, DependencyEvidence, DependencyScope, Location } from '../types/evidence.js';
import type { RoleAssignment } from './role.js';
import { aiPackageFor } from '../knowledge/ai-packages.js';
import { placeRole } from './place-role.js';

/** The role a manifest section gives what it declares: development tools are the tests', extras optional. */
export function scopeRole(scope: DependencyScope | undefined, at: Location): RoleAssignment | null {
  if (scope === 'development')
    return {
      role: 'test',
      reason: `a development dependency (${at.file}:${at.line}), not what the project runs`,
    };
  if (scope === 'optional')
    return { role: 'optional', reason: `an optional dependency (${at.file}:${at.line})` };
  return null;
}

const key = (file: string, line: number, provider: string | undefined): string =>
  `${file}:${line}:${provider ?? ''}`;

/** The role of each AI dependency; `undefined` for packages that are not AI parts. */
export function dependencyRoles(
  apiRoles: ReadonlyMap<ApiUseEvidence, RoleAssignment>,
  examplesFirst: boolean,
): (d: DependencyEvidence) => RoleAssignment | undefined {
  // The SDK's dependency evidence and its API-use evidence sit on the same manifest line.
  const ofSdk = new Map<string, RoleAssignment>();
  for (const [a, role] of apiRoles)
    if (a.signal === 'dependency') ofSdk.set(key(a.file, a.line, a.provider), role);
  return (d) => {
    if (d.role === 'other') return undefined;
    if (d.role === 'closed-api-sdk') {
      const sdk = ofSdk.get(key(d.file, d.line, d.provider));
      if (sdk) return sdk;
    }
    const pkg = d.role === 'ai-library' ? aiPackageFor(d.ecosystem, d.name) : undefined;
    if (pkg?.purpose)
      return { role: pkg.purpose, reason: `${d.name} is an evaluation library (${pkg.note})` };
    const place = placeRole(d.file) ?? scopeRole(d.scope, d);
    if (place) return place;
    // A cookbook's notebook installs what its one recipe needs.
    if (examplesFirst && d.file.endsWith('.ipynb'))
      return { role: 'example', reason: `installed by the recipe ${d.file}` };
    return { role: 'runtime', reason: `declared by the project at ${d.file}:${d.line}` };
  };
}
