// The resolve stage (DESIGN.md, "The pipeline"): names in the evidence become facts. The
// repository's own records always count; the network only when the entry point allows it.
// It settles dependency licences and the models the knowledge base does not know; every
// remote call goes through a RemoteClient (one policy, one cache).

import path from 'node:path';
import type { ScanResult } from '../scan.js';
import { cacheDir } from '../util/cache-dir.js';
import { HttpCache } from './http-cache.js';
import { DEFAULT_REMOTE, RemoteClient, type RemoteOptions } from './remote.js';
import { DEFAULT_DEPS_URL, resolveDependencyLicences } from './dependency-licences.js';
import {
  DEFAULT_HUB_URL,
  resolveHubDatasets,
  resolveHubModels,
  unknownHubDatasetIds,
  unknownHubIds,
  type ResolvedModel,
} from './hub.js';
import type { DatasetRefEvidence, ModelRefEvidence, ScanWarning } from '../types/evidence.js';
import type { DatasetEntry } from '../knowledge/model-entry.js';

export interface ResolveOptions {
  /** May the stage ask remote services? Off by default: a scan never touches the network unasked. */
  online: boolean;
  env?: NodeJS.ProcessEnv;
  /** Overrides of the remote client's policy (the tests shorten the delays). */
  remote?: Partial<Omit<RemoteOptions, 'cache'>>;
}

export interface ResolveSummary {
  dependencies: { fromRepository: number; fromService: number };
  /** Models looked up on the Hub, by lower-cased id, for the grading. */
  models: Map<string, ResolvedModel>;
  /** Datasets looked up on the Hub, by lower-cased id. */
  datasets: Map<string, DatasetEntry>;
  /** Requests sent (not answered from the cache). */
  requests: number;
}

/** Resolves in place: fills the scan's evidence and adds a warning for what it could not confirm. */
export async function resolveScan(scan: ScanResult, options: ResolveOptions): Promise<ResolveSummary> {
  const env = options.env ?? process.env;
  const cache = new HttpCache(path.join(cacheDir(env), 'http'));
  const clientWith = (headers?: Record<string, string>): RemoteClient =>
    new RemoteClient({ ...DEFAULT_REMOTE, ...options.remote, cache, ...(headers ? { headers } : {}) });
  const client = options.online ? clientWith() : null;
  const [deps, hub] = await Promise.all([
    resolveDependencyLicences(scan.evidence, client, env.AI_OPENNESS_DEPS_URL || DEFAULT_DEPS_URL),
    resolveModels(scan, options.online && env.HF_HUB_OFFLINE !== '1', env, clientWith),
  ]);
  scan.warnings.push(...deps.warnings, ...hub.warnings);
  return {
    dependencies: { fromRepository: deps.fromRepository, fromService: deps.fromService },
    models: hub.models,
    datasets: hub.datasets,
    requests: (client?.sent ?? 0) + hub.sent,
  };
}

/** The Hub part: its own client, so HF_TOKEN goes to the Hub and nowhere else. */
async function resolveModels(
  scan: ScanResult,
  online: boolean,
  env: NodeJS.ProcessEnv,
  clientWith: (headers?: Record<string, string>) => RemoteClient,
): Promise<{
  models: Map<string, ResolvedModel>;
  datasets: Map<string, DatasetEntry>;
  warnings: ScanWarning[];
  sent: number;
}> {
  const none = { models: new Map(), datasets: new Map(), warnings: [], sent: 0 };
  if (!online) return none;
  const modelIds = unknownHubIds(scan.evidence.filter((e): e is ModelRefEvidence => e.kind === 'model'));
  const datasetIds = unknownHubDatasetIds(
    scan.evidence.filter((e): e is DatasetRefEvidence => e.kind === 'dataset'),
  );
  if (modelIds.length === 0 && datasetIds.length === 0) return none;
  const token = env.HF_TOKEN?.trim();
  const hub = clientWith(token ? { authorization: `Bearer ${token}` } : undefined);
  const base = (env.HF_ENDPOINT || DEFAULT_HUB_URL).replace(/\/+$/, '');
  const [models, datasets] = await Promise.all([
    resolveHubModels(hub, base, modelIds),
    resolveHubDatasets(hub, base, datasetIds),
  ]);
  const warn = (what: [string, string], failures: Map<string, string[]>): ScanWarning[] =>
    [...failures].map(([reason, names]) => ({
      code: 'unresolved',
      message: `Could not look up ${names.length} ${names.length === 1 ? what[0] : what[1]} on the Hugging Face Hub (${reason}): ${names.slice(0, 8).join(', ')}${names.length > 8 ? ` and ${names.length - 8} more` : ''}. They stay unknown.`,
    }));
  return {
    models: models.resolved,
    datasets: datasets.resolved,
    warnings: [
      ...warn(['model', 'models'], models.failures),
      ...warn(['dataset', 'datasets'], datasets.failures),
    ],
    sent: hub.sent,
  };
}
