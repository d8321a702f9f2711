import type { GitHubClient } from './client.js';
import type { Repo } from './issue-comments.js';

/** Bodies of the review comments already on a pull request (to avoid posting one twice). */
export async function listReviewCommentBodies(
  client: GitHubClient,
  repo: Repo,
  pullNumber: number,
): Promise<string[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: pullNumber,
    per_page: 100,
  });
  return comments.map((c) => c.body ?? '');
}

/** One review (event COMMENT) carrying inline comments on the given lines. */
export async function createReview(
  client: GitHubClient,
  repo: Repo,
  pullNumber: number,
  commitId: string,
  comments: { path: string; line: number; side: 'RIGHT'; body: string }[],
): Promise<void> {
  await client.rest.pulls.createReview({
    ...repo,
    pull_number: pullNumber,
    commit_id: commitId,
    event: 'COMMENT',
    body: 'ai-openness-check found openness problems on lines this pull request changes.',
    comments,
  });
}
