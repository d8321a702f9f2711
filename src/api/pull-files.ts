import type { GitHubClient } from './client.js';
import type { Repo } from './issue-comments.js';

/** The files a pull request changes, with their unified-diff patches. */
export async function listPullFiles(
  client: GitHubClient,
  repo: Repo,
  pullNumber: number,
): Promise<{ filename: string; patch?: string }[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return files.map((f) => ({ filename: f.filename, patch: f.patch }));
}
