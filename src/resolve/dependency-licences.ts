// Dependency licences: first what the repository holds (an npm lock file records each
// package's licence), then, online, a deps.dev-compatible service (base URL
// AI_OPENNESS_DEPS_URL, default https://api.deps.dev) for npm, PyPI, Go, Cargo and Maven. Only
// package names and versions are sent, never file contents.

import type { DependencyEvidence, Evidence, ScanWarning } from '../types/evidence.js';
import type { RemoteClient } from './remote.js';

export const DEFAULT_DEPS_URL = 'https://api.deps.dev';

/** Our ecosystems, each to the service's system name; conda has none. */
const SYSTEMS: Partial<Record<DependencyEvidence['ecosystem'], string>> = {
  npm: 'npm',
  pypi: 'pypi',
  go: 'go',
  cargo: 'cargo',
  maven: 'maven',
};

/** Most packages looked up in one scan; the rest are reported as not confirmed. */
export const MAX_LOOKUPS = 5_000;

const keyOf = (d: DependencyEvidence): string => `${d.ecosystem}\u0000${d.name.toLowerCase()}`;

/** The one version a declaration pins ("1.2.3", "==1.2.3", "v1.2.3"), or undefined for a range. */
export function pinnedVersion(d: Pick<DependencyEvidence, 'ecosystem' | 'version'>): string | undefined {
  const v = d.version?.trim();
  if (!v) return undefined;
  const m = /^(?:==|=)?(v?\d+(?:\.\d+){0,3}(?:[-+][\w.]+)?)$/.exec(v);
  if (!m?.[1]) return undefined;
  // npm and Cargo read a bare "1.2.3" as exact only in lock files and npm manifests; a
  // Cargo.toml "1.2" is a caret range.
  if (d.ecosystem === 'cargo' && !v.startsWith('=')) return undefined;
  if (d.ecosystem === 'pypi' && !v.startsWith('==')) return undefined;
  return m[1];
}

/** Fills dependencies without a licence from another declaration of the same package that has one. */
export function fillFromRepository(evidence: readonly Evidence[]): number {
  const known = new Map<string, string>();
  for (const e of evidence) if (e.kind === 'dependency' && e.licence) known.set(keyOf(e), e.licence);
  let filled = 0;
  for (const e of evidence) {
    if (e.kind !== 'dependency' || e.licence) continue;
    const licence = known.get(keyOf(e));
    if (licence) {
      e.licence = licence;
      filled++;
    }
  }
  return filled;
}

interface Lookup {
  licence?: string;
  source?: { url: string; fetchedAt: string };
  reason?: string;
}

/** The service's licences for one version, as one SPDX expression ("non-standard" is no licence). */
function licenceOfVersion(json: unknown): string | undefined {
  const list = (json as { licenses?: unknown })?.licenses;
  if (!Array.isArray(list)) return undefined;
  const ids = list.filter(
    (l): l is string =>
      typeof l === 'string' && l !== '' && l.toLowerCase() !== 'non-standard' && l.length < 200,
  );
  if (ids.length === 0) return undefined;
  return ids.length === 1 ? ids[0] : ids.map((l) => (/\s/.test(l) ? `(${l})` : l)).join(' AND ');
}

function defaultVersion(json: unknown): string | undefined {
  const versions = (json as { versions?: unknown })?.versions;
  if (!Array.isArray(versions)) return undefined;
  const chosen = versions.find((v) => (v as { isDefault?: unknown })?.isDefault === true) as
    { versionKey?: { version?: unknown } } | undefined;
  const version = chosen?.versionKey?.version;
  return typeof version === 'string' && version.length < 200 ? version : undefined;
}

async function lookUp(
  client: RemoteClient,
  base: string,
  system: string,
  name: string,
  pinned?: string,
): Promise<Lookup> {
  const packageUrl = `${base}/v3/systems/${system}/packages/${encodeURIComponent(name)}`;
  const versionAt = async (version: string): Promise<Lookup> => {
    const answer = await client.getJson(`${packageUrl}/versions/${encodeURIComponent(version)}`);
    if (!answer.ok) return { reason: answer.reason };
    const licence = licenceOfVersion(answer.json);
    return licence
      ? { licence, source: { url: answer.url, fetchedAt: answer.fetchedAt } }
      : { reason: 'the service knows no licence for it' };
  };
  if (pinned) {
    const exact = await versionAt(pinned);
    if (exact.licence || exact.reason !== 'not found (404)') return exact;
  }
  const pkg = await client.getJson(packageUrl);
  if (!pkg.ok) return { reason: pkg.reason };
  const version = defaultVersion(pkg.json);
  return version ? versionAt(version) : { reason: 'the service lists no default version' };
}

export interface DependencyResolution {
  fromRepository: number;
  fromService: number;
  /** Packages the service could not confirm, grouped by why. */
  warnings: ScanWarning[];
}

/** Fills in dependency licences, in place. Offline (`client` null) only the repository's own records are used. */
export async function resolveDependencyLicences(
  evidence: readonly Evidence[],
  client: RemoteClient | null,
  base = DEFAULT_DEPS_URL,
): Promise<DependencyResolution> {
  const fromRepository = fillFromRepository(evidence);
  if (!client) return { fromRepository, fromService: 0, warnings: [] };
  const missing = new Map<string, DependencyEvidence[]>();
  for (const e of evidence) {
    if (e.kind !== 'dependency' || e.licence || !SYSTEMS[e.ecosystem]) continue;
    const list = missing.get(keyOf(e));
    if (list) list.push(e);
    else missing.set(keyOf(e), [e]);
  }
  const root = base.replace(/\/+$/, '');
  const groups = [...missing.values()];
  const asked = groups.slice(0, MAX_LOOKUPS);
  const results = await Promise.all(
    asked.map((group) => {
      const first = group[0] as DependencyEvidence;
      const pinned = group.map(pinnedVersion).find(Boolean);
      return lookUp(client, root, SYSTEMS[first.ecosystem] as string, first.name, pinned);
    }),
  );
  let fromService = 0;
  const failed = new Map<string, string[]>();
  asked.forEach((group, i) => {
    const r = results[i] as Lookup;
    if (r.licence) {
      fromService++;
      for (const e of group) {
        e.licence = r.licence;
        if (r.source) e.licenceSource = r.source;
      }
      return;
    }
    const reason = r.reason ?? 'unknown';
    failed.set(reason, [...(failed.get(reason) ?? []), (group[0] as DependencyEvidence).name]);
  });
  if (groups.length > asked.length)
    failed.set(
      `over the limit of ${MAX_LOOKUPS} lookups`,
      groups.slice(asked.length).map((g) => (g[0] as DependencyEvidence).name),
    );
  const warnings: ScanWarning[] = [...failed].map(([reason, names]) => ({
    code: 'unresolved',
    message: `Could not confirm the licence of ${names.length} ${names.length === 1 ? 'dependency' : 'dependencies'} (${reason}): ${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}. They stay unknown.`,
  }));
  return { fromRepository, fromService, warnings };
}
