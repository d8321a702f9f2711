import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Snapshot = { ok: true; dir: string; dispose: () => void } | { ok: false; reason: string };

const GIT_TIMEOUT_MS = 120_000;

export interface FetchOptions {
  log?: (m: string) => void;
  /** Fetched when the commit id alone is refused (a fork's PR head: refs/pull/N/head). */
  fallbackRef?: string;
  /** The token for a fetch from the server, for a checkout made with persist-credentials: false. */
  auth?: { serverUrl: string; token: string };
}

/**
 * Git configuration in the environment (GIT_CONFIG_COUNT, git 2.31+) that sends the token to
 * the server only: never on the command line (other processes can read that), never in .git/config.
 */
export function gitAuthEnv(auth: FetchOptions['auth']): NodeJS.ProcessEnv {
  if (!auth?.token || !/^https:\/\/[^/\s]+$/.test(auth.serverUrl.replace(/\/+$/, ''))) return {};
  const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${auth.serverUrl.replace(/\/+$/, '')}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

/**
 * The token for a fetch, unless the checkout kept its own credentials (actions/checkout's
 * persist-credentials writes an extraheader): git would send both, and the server refuses two.
 */
export function fetchEnv(repoDir: string, auth: FetchOptions['auth']): NodeJS.ProcessEnv {
  try {
    git(repoDir, ['config', '--get-regexp', '^http\\..*\\.extraheader$']);
    return {};
  } catch {
    return gitAuthEnv(auth); // exit status 1: no such setting
  }
}

function git(repoDir: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  // Plain git plumbing on our own arguments; nothing from the repository is executed.
  return execFileSync('git', ['-C', repoDir, '-c', 'core.hooksPath=/dev/null', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
  });
}

function hasCommit(repoDir: string, sha: string): boolean {
  try {
    git(repoDir, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes sure `sha` is in the repository, fetching it shallowly when it is not: by its id,
 * or else through `fallbackRef` (a fork's PR head is always reachable as refs/pull/N/head).
 */
export function ensureCommit(
  repoDir: string,
  sha: string,
  options: FetchOptions = {},
): { ok: true } | { ok: false; reason: string } {
  const { log = () => undefined, fallbackRef } = options;
  if (!/^[0-9a-f]{7,64}$/i.test(sha)) return { ok: false, reason: `not a commit id: ${sha.slice(0, 80)}` };
  try {
    git(repoDir, ['rev-parse', '--git-dir']);
  } catch {
    return { ok: false, reason: 'the workspace is not a git repository' };
  }
  if (hasCommit(repoDir, sha)) return { ok: true };
  log(`Commit ${sha} is not in the checkout; fetching it (depth 1).`);
  for (const what of fallbackRef ? [sha, fallbackRef] : [sha]) {
    try {
      git(
        repoDir,
        ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', what],
        gitAuthEnv(options.auth),
      );
    } catch {
      continue;
    }
    if (hasCommit(repoDir, sha)) return { ok: true };
  }
  return { ok: false, reason: `the commit ${sha.slice(0, 12)} could not be fetched` };
}

/**
 * The files of `sha` in a temporary folder, read from git objects (the working tree is
 * not touched). A missing commit is fetched shallowly first.
 */
export function snapshotCommit(repoDir: string, sha: string, options: FetchOptions = {}): Snapshot {
  const present = ensureCommit(repoDir, sha, options);
  if (!present.ok) return present;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ai-openness-base-'));
  const tarFile = path.join(dir, '..', `${path.basename(dir)}.tar`);
  const dispose = (): void => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(tarFile, { force: true });
  };
  try {
    git(repoDir, ['archive', '--format=tar', `--output=${tarFile}`, sha]);
    execFileSync('tar', ['-xf', tarFile, '-C', dir, '--no-same-owner', '--no-same-permissions'], {
      stdio: 'ignore',
      timeout: GIT_TIMEOUT_MS,
    });
    fs.rmSync(tarFile, { force: true });
    return { ok: true, dir, dispose };
  } catch {
    dispose();
    return { ok: false, reason: `the files of ${sha.slice(0, 12)} could not be read from git` };
  }
}
