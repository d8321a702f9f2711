import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Snapshot = { ok: true; dir: string; dispose: () => void } | { ok: false; reason: string };

const GIT_TIMEOUT_MS = 120_000;

function git(repoDir: string, args: string[]): string {
  // Plain git plumbing on our own arguments; nothing from the repository is executed.
  return execFileSync('git', ['-C', repoDir, '-c', 'core.hooksPath=/dev/null', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: GIT_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
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
  log: (m: string) => void = () => undefined,
  fallbackRef?: string,
): { ok: true } | { ok: false; reason: string } {
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
      git(repoDir, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', what]);
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
export function snapshotCommit(
  repoDir: string,
  sha: string,
  log: (m: string) => void = () => undefined,
  fallbackRef?: string,
): Snapshot {
  const present = ensureCommit(repoDir, sha, log, fallbackRef);
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
