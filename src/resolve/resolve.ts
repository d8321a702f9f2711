// The resolve stage (DESIGN.md, "The pipeline"): names in the evidence become facts. The
// repository's own records always count; the network only when the entry point allows it.
// Today it settles dependency licences; every remote call goes through one RemoteClient.

import path from 'node:path';
import type { ScanResult } from '../scan.js';
import { cacheDir } from '../util/cache-dir.js';
import { HttpCache } from './http-cache.js';
import { DEFAULT_REMOTE, RemoteClient, type RemoteOptions } from './remote.js';
import { DEFAULT_DEPS_URL, resolveDependencyLicences } from './dependency-licences.js';

export interface ResolveOptions {
  /** May the stage ask remote services? Off by default: a scan never touches the network unasked. */
  online: boolean;
  env?: NodeJS.ProcessEnv;
  /** Overrides of the remote client's policy (the tests shorten the delays). */
  remote?: Partial<Omit<RemoteOptions, 'cache'>>;
}

export interface ResolveSummary {
  dependencies: { fromRepository: number; fromService: number };
  /** Requests sent (not answered from the cache). */
  requests: number;
}

/** Resolves in place: fills the scan's evidence and adds a warning for what it could not confirm. */
export async function resolveScan(scan: ScanResult, options: ResolveOptions): Promise<ResolveSummary> {
  const env = options.env ?? process.env;
  const client = options.online
    ? new RemoteClient({
        ...DEFAULT_REMOTE,
        ...options.remote,
        cache: new HttpCache(path.join(cacheDir(env), 'http')),
      })
    : null;
  const deps = await resolveDependencyLicences(
    scan.evidence,
    client,
    env.AI_OPENNESS_DEPS_URL || DEFAULT_DEPS_URL,
  );
  scan.warnings.push(...deps.warnings);
  return {
    dependencies: { fromRepository: deps.fromRepository, fromService: deps.fromService },
    requests: client?.sent ?? 0,
  };
}
