// What every entry of the Action shares: where the scan is, the API client, the job summary.

import * as core from '@actions/core';
import path from 'node:path';
import { createClient, type GitHubClient } from '../api/client.js';
import type { RunContext } from './event.js';

/** The scanned folder inside the repository ("" or "sub/dir/") and the link base for the head. */
export function scanPlace(
  workspace: string,
  scanPath: string,
  ctx: RunContext,
): { prefix: string; linkBase: string } {
  const rel = path.relative(workspace, path.resolve(workspace, scanPath));
  const prefix = rel && !rel.startsWith('..') ? `${rel.split(path.sep).join('/')}/` : '';
  const linkBase = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.headSha}${prefix ? `/${prefix.slice(0, -1)}` : ''}`;
  return { prefix, linkBase };
}

export function clientFor(token: string, env: NodeJS.ProcessEnv): GitHubClient | null {
  return token ? createClient({ token, baseUrl: env.GITHUB_API_URL, log: (m) => core.info(m) }) : null;
}

export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(markdown).write();
  } catch (err) {
    core.warning(`Could not write the job summary: ${err instanceof Error ? err.message : String(err)}`);
  }
}
