import type { GitHubClient } from './client.js';
import type { Repo } from './issue-comments.js';

export interface PullHead {
  headSha: string;
  baseSha: string;
  state: string;
}

/** A pull request's head and base commits, as the API says now. */
export async function getPull(client: GitHubClient, repo: Repo, pullNumber: number): Promise<PullHead> {
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: pullNumber });
  return { headSha: data.head.sha, baseSha: data.base.sha, state: data.state };
}
